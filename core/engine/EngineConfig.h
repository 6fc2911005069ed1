#pragma once

#include <QCoreApplication>
#include <QString>

namespace ringback {

// The rules the engine applies. Defaults are what an office expects out of
// the box; the settings screen and tests change them.
struct EngineConfig
{
    QString companyName = QStringLiteral("the office");
    QString homeRegion = QStringLiteral("US");
    // {company} is replaced by companyName.
    QString autoTextTemplate
        = QCoreApplication::translate("ringback::EngineConfig",
                                      "Hi, sorry we missed your call at {company}. What can we "
                                      "help you with? Reply here and we'll get "
                                      "right back to you.");
    QString optOutConfirmation = QCoreApplication::translate(
        "ringback::EngineConfig",
        "You're unsubscribed from {company} texts. No more messages will be sent. "
        "Reply START to resubscribe.");
    QString helpText = QCoreApplication::translate(
        "ringback::EngineConfig",
        "{company}: reply to this number and we'll get back to you. Reply STOP to opt out.");

    qint64 dedupWindowMs = 24LL * 3600 * 1000;  // one automatic text per caller per window
    qint64 activeWindowMs = 12LL * 3600 * 1000; // a live conversation is never sent the opener
    qint64 maxCatchUpAgeMs = 2LL * 3600 * 1000; // older missed calls go to the call-back queue
    double sendRatePerSecond = 1.0;             // pacing of the outbox
    int maxAttempts = 5;                        // then the message is failed, reason shown
    int sendTimeoutMs = 60 * 1000;              // no answer from the provider: outcome unknown
    bool providerConfirmsOptOut = false;        // the provider sends its own STOP reply

    QString render(const QString &text) const
    {
        QString out = text;
        out.replace(QLatin1String("{company}"), companyName);
        return out;
    }
};

} // namespace ringback
