#pragma once

// Why a provider's request did not give a usable answer, and how a plugin
// turns an HTTP answer into one: the classification is the same for every
// provider, the words are each provider's own (its translation context).

#include "provider/ProviderApi.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <functional>
#include <optional>

namespace ringback::net {
struct HttpResponse;
}

namespace ringback::provider {

// A problem classified for the connection state, the backoff and the
// office's message.
struct Problem
{
    enum class Kind {
        Network,     // no answer: Reconnecting
        Server,      // 5xx: Reconnecting
        RateLimited, // 429: wait Retry-After
        Auth,        // credentials refused: AuthFailed
        Refused,     // another 4xx, or a setting the provider does not know: Error
        BadAnswer,   // unreadable JSON or shape, or an answer too large: Error
    };
    Kind kind = Kind::Network;
    QString detail;
    qint64 retryAfterMs = 0;
    QString code; // the provider's own error code, when there is one

    ConnectionState state() const;
    bool transient() const
    {
        return kind == Kind::Network || kind == Kind::Server || kind == Kind::RateLimited;
    }
};

// Called once when a request (or a chain of them) is over: no problem, or why.
using Done = std::function<void(const std::optional<Problem> &)>;

// A provider's reading of its HTTP answers: its error body, what deviates from
// the common classification, and the words for each kind of problem (the
// same for every provider but for its name, and its words for refused
// credentials).
class ProblemWords
{
    Q_DECLARE_TR_FUNCTIONS(ringback::provider::ProblemWords)

public:
    // The code and message of an error body ("20003", "Authenticate"); either
    // may be empty.
    struct ErrorBody
    {
        QString code;
        QString message;
    };

    // `provider` names the provider in the words ("Twilio").
    explicit ProblemWords(QString provider);
    virtual ~ProblemWords() = default;

    // Classifies an answer that is not a success. `what` names the request
    // for the office ("listing calls"); `now` reads an HTTP-date Retry-After.
    Problem
    classify(const net::HttpResponse &response, const QString &what, const QDateTime &now) const;
    // An answer that arrived but cannot be read.
    Problem badAnswer(const QString &what, const QString &why) const;

protected:
    virtual ErrorBody errorOf(const net::HttpResponse &response) const = 0;
    // 401: Auth, 429: RateLimited, 5xx: Server, any other status: Refused.
    virtual Problem::Kind kindOf(const net::HttpResponse &response, const ErrorBody &error) const;
    // The wait a rate-limited answer asks for: Retry-After, else 0.
    virtual qint64 retryAfterMs(const net::HttpResponse &response, const QDateTime &now) const;

    // The detail of an answer classified as `kind`: by default the kind's
    // words below.
    virtual QString detailFor(Problem::Kind kind,
                              const net::HttpResponse &response,
                              const QString &what,
                              const ErrorBody &error) const;

    // "Cannot reach <provider> while <what>: <why>"
    virtual QString unreachable(const QString &what, const QString &why) const;
    virtual QString authRefused(const net::HttpResponse &response,
                                const ErrorBody &error) const = 0;
    virtual QString slowDown(const net::HttpResponse &response, const QString &what) const;
    virtual QString serverTrouble(int status, const QString &what) const;
    virtual QString
    refused(const net::HttpResponse &response, const QString &what, const ErrorBody &error) const;
    // "<provider> sent an answer Ringback cannot read while <what> (<why>)"
    virtual QString unreadable(const QString &what, const QString &why) const;

    const QString m_provider;
};

// The one instance of a provider's words (a ProblemWords it derives).
template<typename Words>
const Words &wordsOf()
{
    static const Words instance;
    return instance;
}

} // namespace ringback::provider
