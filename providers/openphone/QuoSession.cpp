#include "QuoSession.h"

#include "net/Http.h"

#include <QCoreApplication>

namespace ringback::quo {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ringback::QuoProvider)
};

} // namespace

ConnectionState Problem::state() const
{
    switch (kind) {
    case Kind::Network:
    case Kind::Server:
    case Kind::RateLimited:
        return ConnectionState::Reconnecting;
    case Kind::Auth:
        return ConnectionState::AuthFailed;
    case Kind::Refused:
    case Kind::BadAnswer:
        return ConnectionState::Error;
    }
    return ConnectionState::Error;
}

void Session::setState(ConnectionState state, const QString &detail)
{
    if (state == m_state && detail == m_detail)
        return;
    m_state = state;
    m_detail = detail;
    qCInfo(lcQuo).noquote() << "connection" << toString(state) << detail;
    if (events)
        events->connectionStateChanged(state, detail);
}

void Session::saveCursor()
{
    const QString text = cursor.serialize();
    if (text == m_savedCursor || !events)
        return;
    m_savedCursor = text;
    events->cursorAdvanced(text);
}

void Session::lookUpNumber(Done done)
{
    const QString what = Tr::tr("looking up the business number");
    http->get(endpoints.phoneNumbers(), [this, what, done](const net::HttpResponse &response) {
        if (!response.isSuccess()) {
            done(problemOf(response, what));
            return;
        }
        const auto numbers = parsePhoneNumbers(response.body);
        if (!numbers) {
            done(badAnswer(what, numbers.errorMessage()));
            return;
        }
        for (const PhoneNumberEntry &entry : numbers.value()) {
            if (entry.number == settings.phoneNumber) {
                phoneNumberId = entry.id;
                numberName = entry.name;
                done(std::nullopt);
                return;
            }
        }
        done(notOnAccount(settings.phoneNumber));
    });
}

void Session::ensureNumberId(Done done)
{
    if (!phoneNumberId.isEmpty()) {
        done(std::nullopt);
        return;
    }
    lookUpNumber(std::move(done));
}

Problem Session::problemOf(const net::HttpResponse &response, const QString &what)
{
    Problem p;
    using F = net::HttpResponse::Failure;
    if (response.failure != F::None) {
        p.kind
            = response.failure == F::TooLarge ? Problem::Kind::BadAnswer : Problem::Kind::Network;
        p.detail = Tr::tr("Cannot reach Quo while %1: %2").arg(what, response.describe());
        return p;
    }
    const ApiError error = parseError(response.status, response.body);
    if (response.status == 401) {
        p.kind = Problem::Kind::Auth;
        p.detail = Tr::tr("Quo refused the API key (401)");
    } else if (response.status == 429) {
        // Whether Quo sends Retry-After is unconfirmed (PROVIDERS.md 5.6):
        // without one, the poller's exponential backoff decides.
        p.kind = Problem::Kind::RateLimited;
        p.retryAfterMs = net::parseRetryAfter(response.header("Retry-After"), now()).value_or(0);
        p.detail = Tr::tr("Quo asked Ringback to slow down (429) while %1").arg(what);
    } else if (response.status >= 500) {
        p.kind = Problem::Kind::Server;
        p.detail
            = Tr::tr("Quo is having trouble (HTTP %1) while %2").arg(response.status).arg(what);
    } else {
        p.kind = Problem::Kind::Refused;
        const QString code = error.code.isEmpty() ? QString() : QLatin1Char(' ') + error.code;
        const QString words = error.message.isEmpty() ? error.title : error.message;
        p.detail = Tr::tr("Quo refused %1 (HTTP %2%3: %4)")
                       .arg(what)
                       .arg(response.status)
                       .arg(code, words.isEmpty() ? Tr::tr("no details") : words);
    }
    return p;
}

Problem Session::badAnswer(const QString &what, const QString &why)
{
    Problem p;
    p.kind = Problem::Kind::BadAnswer;
    p.detail = Tr::tr("Quo sent an answer Ringback cannot read while %1 (%2)").arg(what, why);
    return p;
}

Problem Session::notOnAccount(const QString &number)
{
    Problem p;
    p.kind = Problem::Kind::Refused;
    p.detail = Tr::tr("the number %1 is not in this Quo workspace").arg(number);
    return p;
}

} // namespace ringback::quo
