#pragma once

// The contract between Ringback and a telephony provider plugin.
//
// A provider is a Qt plugin whose root object implements ProviderFactory
// (Q_PLUGIN_METADATA with IID RINGBACK_PROVIDER_IID and a JSON file, see
// PluginLoader.h for the required metadata). The factory creates Provider
// objects. A Provider reports everything through the ProviderEvents sink the
// engine hands it: no QObject crosses the plugin boundary, so plugins and the
// application never depend on each other's meta-objects.
//
// Threading: every call, in both directions, happens on the thread that
// created the provider (the engine's thread), from its event loop.
//
// Versioning: the IID carries the interface version. Any incompatible change
// to these classes bumps it; the loader refuses plugins built for another one.

#include "domain/Enums.h"
#include "util/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QVariantMap>
#include <QtPlugin>

#include <functional>
#include <memory>

namespace ringback {

class Clock;

namespace webhook {
class WebhookRegistrar;
}

inline constexpr int kProviderApiVersion = 1;
// 1.1: Provider::testConnection (a virtual added at the end: a plugin built
// for 1.0 lacks it, so the loader must not take one).
// 1.2: ProviderContext::webhooks (the context's layout changed).
// Also in 1.2: Provider::lookupLineType (a virtual added at the end).
// 1.3: ProviderContext::saveSecret and Provider::signIn (the "interactive_sign_in"
// capability).
// 1.4: ProviderContext::clock (the context's layout changed).
#define RINGBACK_PROVIDER_IID "app.ringback.ProviderFactory/1.4"

enum class ConnectionState {
    Disconnected,
    Connecting,
    Connected,    // streaming, events arrive as they happen
    Polling,      // healthy, asking the provider at an interval
    Reconnecting, // lost the connection, trying again
    AuthFailed,   // credentials refused: needs the office's attention
    Error,        // anything else that stops the provider
};
QString toString(ConnectionState s);

// A call as the provider saw it. Numbers as the provider gives them (the
// engine normalises); ids are the provider's own, used for de-duplication.
struct ProviderCall
{
    QString providerId;
    QString from;
    QString to; // the business line that was called
    QDateTime startedAt;
    QDateTime endedAt;
    CallResult result = CallResult::NoAnswer;
    int durationSeconds = 0; // talk time; 0 for a missed call
    int ringSeconds = 0;     // how long it rang before ending, when known
};

struct ProviderMessage
{
    QString providerId;
    QString from;
    QString to;
    QString body;
    QStringList mediaUrls;
    QDateTime at;
};

// Why a send failed, mapped from the provider's own error codes.
enum class SendError {
    None,
    OptedOut,      // recipient unsubscribed (Twilio 21610, Telnyx 40300, ...)
    InvalidNumber, // not a number that can receive texts
    Landline,
    RateLimited, // retry after retryAfterMs
    AuthFailed,
    ProviderDown, // 5xx, timeout, network: outcome unknown
    Rejected,     // anything else the provider refused for good
};
QString toString(SendError e);
// Transient errors may be retried; the others are final for that message.
inline bool isTransient(SendError e)
{
    return e == SendError::RateLimited || e == SendError::ProviderDown;
}

struct SendRequest
{
    qint64 messageId = 0; // Ringback's own id of the message; echoed back
    QString from;         // E.164 business line
    QString to;           // E.164 caller
    QString body;
    QDateTime firstAttemptAt; // for reconciliation look-ups
};

struct SendOutcome
{
    qint64 messageId = 0;
    bool accepted = false;
    QString providerMessageId;
    MessageStatus status = MessageStatus::Sent;
    SendError error = SendError::None;
    QString errorDetail; // the provider's code and text, for the office to see
    int retryAfterMs = 0;
};

// Result of asking the provider whether an interrupted send reached it.
struct ReconcileOutcome
{
    enum class Found { Yes, No, Unknown };
    qint64 messageId = 0;
    Found found = Found::Unknown;
    QString providerMessageId;
    MessageStatus status = MessageStatus::Sent;
    QString detail;
};

// "yes" / "no" / "unknown", for the providers' log lines.
inline const char *toString(ReconcileOutcome::Found found)
{
    switch (found) {
    case ReconcileOutcome::Found::Yes:
        return "yes";
    case ReconcileOutcome::Found::No:
        return "no";
    case ReconcileOutcome::Found::Unknown:
        break;
    }
    return "unknown";
}

struct StatusUpdate
{
    QString providerMessageId;
    MessageStatus status = MessageStatus::Sent;
    SendError error = SendError::None;
    QString errorDetail;
};

// What a provider reports, implemented by the engine.
class ProviderEvents
{
public:
    virtual ~ProviderEvents() = default;
    virtual void callEnded(const ProviderCall &call) = 0;
    virtual void messageReceived(const ProviderMessage &message) = 0;
    virtual void sendFinished(const SendOutcome &outcome) = 0;
    virtual void reconciled(const ReconcileOutcome &outcome) = 0;
    virtual void statusChanged(const StatusUpdate &update) = 0;
    // Persist this opaque position; it is handed back to start() next time.
    // A provider advances it only after the events before it were reported.
    virtual void cursorAdvanced(const QString &cursor) = 0;
    virtual void connectionStateChanged(ConnectionState state, const QString &detail) = 0;
};

// The answer of Provider::testConnection, in words for the office.
struct ConnectionCheck
{
    bool ok = false;
    QString message; // "Connected to Twilio (Acme Plumbing) …" or what is wrong
};

// The answer of Provider::lookupLineType.
struct LineTypeLookup
{
    enum class Outcome {
        Found,        // `type` says what the number is
        Failed,       // no answer, an error, or the provider could not classify it
        NotSupported, // this provider has no line-type lookup
    };
    Outcome outcome = Outcome::NotSupported;
    // Found: Twilio Lookup v2's words
    // (https://www.twilio.com/docs/lookup/v2-api/line-type-intelligence), which
    // other providers map to: mobile, landline, fixedVoip, nonFixedVoip,
    // personal, tollFree, premium, sharedCost, uan, voicemail, pager, unknown.
    QString type;
    QString carrier; // when the provider says
    QString detail;  // Failed: what went wrong, in words for the office
};

// Everything a provider gets from the host besides its own settings.
struct ProviderContext
{
    QVariantMap settings; // keys are the settings-schema field names
    QString dataDir;      // a folder of the provider's own inside the profile
    // The host's webhook receiver, for a provider with the "webhook"
    // capability in a running session (see webhook/WebhookRegistrar.h); null
    // otherwise (the settings dialog's test instance, providers that poll).
    // Owned by the host; outlives the provider.
    webhook::WebhookRegistrar *webhooks = nullptr;
    // Keeps a secret the provider obtained itself (an OAuth refresh token
    // from a sign-in, or the new one when the provider rotated it) where the
    // host keeps that field's secrets: the system keychain; never
    // settings.ini, the database or the logs. `field` is a secret field of
    // the provider's settings schema. Runs on the provider's thread and
    // returns at once (the host writes in the background and logs a failure
    // without the secret). Null when the host cannot keep secrets: the
    // provider then keeps it in memory only.
    std::function<void(const QString &field, const QString &secret)> saveSecret = nullptr;
    // The time the provider reads (util/Clock.h): stamps, ages, Retry-After
    // dates. Owned by the host; outlives the provider. Null: the system clock.
    // Tests hand in a ManualClock.
    const Clock *clock = nullptr;
};

// The answer of Provider::signIn, in words for the office.
struct SignInResult
{
    bool ok = false;
    QString message; // "Signed in to RingCentral …" or what went wrong
};

class Provider
{
public:
    virtual ~Provider() = default;

    // Validates and takes the settings. A bad or missing setting fails with a
    // message naming the field.
    virtual Status configure(const ProviderContext &context) = 0;
    // Starts reporting events from the persisted cursor (empty: from now).
    virtual void start(ProviderEvents *events, const QString &cursor) = 0;
    virtual void stop() = 0;
    // Sends one text; the answer comes through ProviderEvents::sendFinished.
    virtual void send(const SendRequest &request) = 0;
    // Asks whether a send interrupted by a crash reached the provider; the
    // answer comes through ProviderEvents::reconciled.
    virtual void reconcile(const SendRequest &request) = 0;
    // Test and demo seam: the simulator accepts injected events (see
    // providers/simulator/SimulatorProvider.h); real providers return an error.
    virtual Status inject(const QVariantMap &event)
    {
        Q_UNUSED(event)
        return Error(QStringLiteral("this provider does not accept injected events"));
    }
    // The settings dialog's "Test connection": called on a freshly created
    // and configured instance (never the running engine's), before start().
    // Checks the credentials and what the settings name (the business number
    // belongs to the account, ...) and calls `done` exactly once, possibly
    // before returning; never after the provider is destroyed. The default
    // says the provider cannot check.
    virtual void testConnection(std::function<void(const ConnectionCheck &)> done);
    // The line type of a number (E.164) before the first automatic text to
    // it, when the office turned the lookup on (providers may bill each one).
    // Called on the running provider; calls `done` at most once, possibly
    // before returning, never after the provider is stopped or destroyed.
    // The engine does not wait for ever: it texts as usual after its own
    // time limit.
    // The default says the provider cannot look up.
    virtual void lookupLineType(const QString &e164,
                                std::function<void(const LineTypeLookup &)> done)
    {
        Q_UNUSED(e164)
        done(LineTypeLookup());
    }
    // The settings dialog's "Sign in with <provider>…", for a provider with
    // the "interactive_sign_in" capability (an OAuth authorization in the
    // user's browser). Called on a fresh instance that was not configured:
    // `context.settings` holds the settings form's values (defaults filled
    // in; the secrets the form has) and `context.saveSecret` keeps what the
    // sign-in obtains. The provider calls `openBrowser` with the address to
    // show (false: no browser could be opened), waits for the browser to
    // come back, and calls `done` exactly once, possibly before returning;
    // never after the provider is destroyed (destroying it cancels the
    // sign-in). The default says the provider has no sign-in.
    virtual void signIn(const ProviderContext &context,
                        std::function<bool(const QUrl &)> openBrowser,
                        std::function<void(const SignInResult &)> done);
};

// The plugin's root object implements this.
class ProviderFactory
{
public:
    virtual ~ProviderFactory() = default;
    virtual std::unique_ptr<Provider> create() = 0;
};

} // namespace ringback

Q_DECLARE_INTERFACE(ringback::ProviderFactory, RINGBACK_PROVIDER_IID)
