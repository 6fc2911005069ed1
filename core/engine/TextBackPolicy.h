#pragma once

#include "domain/Enums.h"
#include "phone/PhoneNumber.h"
#include "rules/TextBackRules.h"
#include "store/Store.h"

#include <QString>

namespace ringback {

// Why a call was or was not texted. The code (domain/DecisionCode.h) is
// stored, exported and counted by the dashboard; the reason is the sentence
// the office reads.
struct CallDecision
{
    Decision decision = Decision::NotApplicable;
    DecisionCode code = DecisionCode::Unknown;
    QString reason;
    QString templateId;  // when texted: which template, by the office's hours
    qint64 sendAtMs = 0; // when texted: not before this time (send delay, quiet hours)
    // When texted: the first text-back to a call that just happened, which
    // goes out at once even in quiet hours (unless the office holds it).
    bool quietExempt = false;
};

struct CallContext
{
    CallResult result = CallResult::NoAnswer;
    int ringSeconds = -1; // -1: unknown
    QString rawFrom;      // as the provider gave it
    Result<PhoneNumber> contact = Error(QString());
    QString businessNumber;
    QString homeRegion = QStringLiteral("US");
    qint64 callEndedMs = 0;
    qint64 nowMs = 0;
    qint64 engineStartedMs = 0; // calls that ended before this were missed while closed
    bool blocked = false;
    bool knownContact = false;
    bool spam = false; // the office marked the number as spam
    // A send to this number failed as "can't receive texts" (landline,
    // invalid): the provider's error and when.
    QString undeliverable;
    qint64 undeliverableAtMs = 0;
    int recentCalls = 0;      // calls from this number in the spam window, this one included
    bool everReplied = false; // the number ever texted the office, on any line
    ConversationFacts facts;
};

// Whether a missed call is texted back, and why (or why not). A pure
// function of its inputs: every rule is testable with a table.
CallDecision decideTextBack(const CallContext &call, const TextBackRules &rules);

// How a call ended, in the words the office reads: "no answer", "busy",
// "went to voicemail", "caller hung up while it rang", ... (translated).
QString callResultWords(CallResult result);

// Whether a number of this type can receive a text at all.
bool isTextableType(PhoneNumber::Type type);

} // namespace ringback
