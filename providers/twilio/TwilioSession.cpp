#include "TwilioSession.h"

#include <QCoreApplication>

namespace ringback::twilio {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ringback::TwilioProvider)
};

// Twilio's error body ({"code": 20003, "message": ...}) and its words.
class Words final : public provider::ProblemWords
{
protected:
    ErrorBody errorOf(const net::HttpResponse &response) const override
    {
        const ApiError error = parseError(response.status, response.body);
        return {error.code ? QString::number(error.code) : QString(), error.message};
    }
    Problem::Kind kindOf(const net::HttpResponse &response, const ErrorBody &error) const override
    {
        // 20429: Too Many Requests, whatever the status
        // (https://www.twilio.com/docs/errors/20429).
        if (response.status != 401 && error.code == QLatin1String("20429"))
            return Problem::Kind::RateLimited;
        return ProblemWords::kindOf(response, error);
    }
    QString unreachable(const QString &what, const QString &why) const override
    {
        return Tr::tr("Cannot reach Twilio while %1: %2").arg(what, why);
    }
    QString authRefused(const net::HttpResponse &, const ErrorBody &) const override
    {
        return Tr::tr("Twilio refused the Account SID or Auth Token (401)");
    }
    QString slowDown(const net::HttpResponse &, const QString &what) const override
    {
        return Tr::tr("Twilio asked Ringback to slow down (429) while %1").arg(what);
    }
    QString serverTrouble(int status, const QString &what) const override
    {
        return Tr::tr("Twilio is having trouble (HTTP %1) while %2").arg(status).arg(what);
    }
    QString refused(const net::HttpResponse &response,
                    const QString &what,
                    const ErrorBody &error) const override
    {
        const QString code = error.code.isEmpty() ? QString() : QLatin1Char(' ') + error.code;
        return Tr::tr("Twilio refused %1 (HTTP %2%3: %4)")
            .arg(what)
            .arg(response.status)
            .arg(code, error.message.isEmpty() ? Tr::tr("no details") : error.message);
    }
    QString unreadable(const QString &what, const QString &why) const override
    {
        return Tr::tr("Twilio sent an answer Ringback cannot read while %1 (%2)").arg(what, why);
    }
};

const Words &words()
{
    static const Words instance;
    return instance;
}

} // namespace

Session::Session()
    : CursorSessionOf(lcTwilio(), words())
{}

} // namespace ringback::twilio
