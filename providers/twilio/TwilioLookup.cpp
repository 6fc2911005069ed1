#include "TwilioLookup.h"

#include "net/BaseUrl.h"
#include "net/Http.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace ringback::twilio {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ringback::TwilioProvider)
};

// Longer than the engine waits: a late answer is still remembered.
constexpr int kLookupTimeoutMs = 10000;

LineTypeLookup failed(const QString &detail)
{
    LineTypeLookup r;
    r.outcome = LineTypeLookup::Outcome::Failed;
    r.detail = detail;
    return r;
}

QString describeLookupFailure(const net::HttpResponse &response)
{
    if (response.failure != net::HttpResponse::Failure::None)
        return Tr::tr("cannot reach Twilio Lookup: %1").arg(response.describe());
    const ApiError error = parseError(response.status, response.body);
    if (response.status == 401)
        return Tr::tr("Twilio refused the Account SID or Auth Token (401)");
    const QString code = error.code ? QStringLiteral(" %1").arg(error.code) : QString();
    return Tr::tr("Twilio Lookup refused it (HTTP %1%2: %3)")
        .arg(response.status)
        .arg(code, error.message.isEmpty() ? Tr::tr("no details") : error.message);
}

} // namespace

QUrl lookupUrl(const QUrl &lookupBase, const QString &e164)
{
    return net::joinUrl(lookupBase,
                        QLatin1String("/v2/PhoneNumbers/")
                            + QString::fromLatin1(QUrl::toPercentEncoding(e164))
                            + QLatin1String("?Fields=line_type_intelligence"));
}

LineTypeLookup parseLineType(const QByteArray &body)
{
    const auto json = net::parseJsonObject(body);
    if (!json)
        return failed(
            Tr::tr("Twilio sent an answer Ringback cannot read (%1)").arg(json.errorMessage()));
    const QJsonObject &o = json.value();
    if (o.value(QLatin1String("valid")) == QJsonValue(false))
        return failed(Tr::tr("Twilio says the number is not valid"));
    const QJsonObject line = o.value(QLatin1String("line_type_intelligence")).toObject();
    const QJsonValue code = line.value(QLatin1String("error_code"));
    if (!code.isNull() && !code.isUndefined()) {
        const int n = code.isDouble() ? code.toInt() : code.toString().toInt();
        if (n == 60601)
            return failed(Tr::tr("Twilio Lookup error 60601: this country needs Twilio's "
                                 "approval first"));
        return failed(Tr::tr("Twilio Lookup error %1").arg(n));
    }
    const QString type = line.value(QLatin1String("type")).toString().trimmed();
    if (type.isEmpty())
        return failed(Tr::tr("Twilio did not say the line type"));
    LineTypeLookup r;
    r.outcome = LineTypeLookup::Outcome::Found;
    r.type = type.left(40);
    r.carrier = line.value(QLatin1String("carrier_name")).toString().left(120);
    return r;
}

void lookupLineType(Session &session,
                    const QString &e164,
                    std::function<void(const LineTypeLookup &)> done)
{
    if (!session.http || !session.settings.lookupBaseUrl.isValid()) {
        done(failed(Tr::tr("the Twilio settings are incomplete")));
        return;
    }
    net::HttpClient::Options options = session.http->defaultOptions();
    options.timeoutMs = kLookupTimeoutMs;
    session.http->get(lookupUrl(session.settings.lookupBaseUrl, e164),
                      options,
                      [done](const net::HttpResponse &response) {
                          if (!response.isSuccess()) {
                              done(failed(describeLookupFailure(response)));
                              return;
                          }
                          done(parseLineType(response.body));
                      });
}

} // namespace ringback::twilio
