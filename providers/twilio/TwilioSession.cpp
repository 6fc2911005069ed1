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
public:
    Words()
        : ProblemWords(QStringLiteral("Twilio"))
    {}

protected:
    ErrorBody errorOf(const net::HttpResponse &response) const override
    {
        const ApiError error = parseError(response.status, response.body);
        return {error.code ? QString::number(error.code) : QString(), error.message};
    }
    QString authRefused(const net::HttpResponse &, const ErrorBody &) const override
    {
        return Tr::tr("Twilio refused the Account SID or Auth Token (401)");
    }
    Problem::Kind kindOf(const net::HttpResponse &response, const ErrorBody &error) const override
    {
        // 20429: Too Many Requests, whatever the status
        // (https://www.twilio.com/docs/errors/20429).
        if (response.status != 401 && error.code == QLatin1String("20429"))
            return Problem::Kind::RateLimited;
        return ProblemWords::kindOf(response, error);
    }
};

} // namespace

Session::Session()
    : CursorSessionOf(lcTwilio(), provider::wordsOf<Words>())
{}

} // namespace ringback::twilio
