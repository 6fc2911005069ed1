#pragma once

#include "engine/UrgencyRules.h"
#include "rules/TextBackRules.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

namespace ringback {

// What the engine applies: the text-back rules, the texts it sends, and how
// it paces the outbox. Defaults are what an office expects out of the box;
// the settings screen and tests change them.
struct EngineConfig
{
    //: {company} in texts while the office has not entered its name.
    QString companyName = QCoreApplication::translate("ringback::EngineConfig", "the office");
    QString homeRegion = QStringLiteral("US");
    TextBackRules rules;
    QList<UrgencyRule> urgencyRules = defaultUrgencyRules(); // office-editable
    // Automatic-text templates by id; TextBackRules names which one applies.
    QHash<QString, QString> templates = defaultTemplates();
    QString optOutConfirmation = QCoreApplication::translate(
        "ringback::EngineConfig",
        "You're unsubscribed from {company} texts. No more messages will be sent. "
        "Reply START to resubscribe.");
    QString helpText = QCoreApplication::translate(
        "ringback::EngineConfig",
        "{company}: reply to this number and we'll get back to you. Reply STOP to opt out.");

    double sendRatePerSecond = 1.0; // pacing of the outbox; 0: unpaced
    // Never faster than the provider takes (its "send_rate_per_minute",
    // RingCentral's 40); 0: the provider sets no limit.
    void capSendRate(double providerPerMinute);
    int maxAttempts = 5;           // then the message is failed, reason shown
    int sendTimeoutMs = 60 * 1000; // no answer from the provider: outcome unknown
    // The carrier keywords the provider answers itself, as keywordText()
    // writes them (STOP, STOPALL, "STOP ALL", HELP), from its plugin's
    // "auto_replies"; punctuation and case around them do not matter.
    // Ringback sends no confirmation or HELP text of its own for those: one
    // answer, never two. Keywords outside the list get Ringback's answer.
    QStringList providerAutoReplies;
    bool providerAnswers(const QString &body) const;
    // An opt-out covers every line of the office (a revocation covers all
    // texts from the business); false: only the line it was received on.
    bool optOutAllLines = true;

    QString agentName; // {agent}: who signs the texts, may be empty
    QString callbackWindow
        = QCoreApplication::translate("ringback::EngineConfig", "shortly"); // {callback_window}

    // The shipped templates (templates/DefaultTemplates) by id.
    static QHash<QString, QString> defaultTemplates();
    QString templateText(const QString &id) const;

    // Fills a template's variables; refuses unknown ones, so a broken
    // template is never sent. firstName: the caller's, when the office set it.
    Result<QString> render(const QString &text,
                           const QString &firstName = QString(),
                           const QString &businessNumber = QString()) const;
    // A text the engine sends on its own (the opt-out confirmation, HELP's
    // answer) filled in; `fallback` (the shipped text) when the office's has
    // an error, which is logged.
    QString systemText(const QString &text, const QString &fallback) const;
};

} // namespace ringback
