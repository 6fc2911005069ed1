#include "QuoSession.h"

#include "net/Http.h"

#include <QCoreApplication>

namespace ringback::quo {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ringback::QuoProvider)
};

// Quo's error body ({"code": "0206400", "title", "message"}) and its words.
class Words final : public provider::ProblemWords
{
public:
    Words()
        : ProblemWords(QStringLiteral("Quo"))
    {}

protected:
    ErrorBody errorOf(const net::HttpResponse &response) const override
    {
        const ApiError error = parseError(response.status, response.body);
        return {error.code, error.message.isEmpty() ? error.title : error.message};
    }
    QString authRefused(const net::HttpResponse &, const ErrorBody &) const override
    {
        return Tr::tr("Quo refused the API key (401)");
    }
    // Whether Quo sends Retry-After is unconfirmed
    // (https://www.quo.com/docs/mdx/api-reference/rate-limits): without
    // one, the poller's exponential backoff decides.
};

} // namespace

Session::Session()
    : CursorSessionOf(lcQuo(), provider::wordsOf<Words>())
{}

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

Problem Session::notOnAccount(const QString &number)
{
    Problem p;
    p.kind = Problem::Kind::Refused;
    p.detail = Tr::tr("the number %1 is not in this Quo workspace").arg(number);
    return p;
}

} // namespace ringback::quo
