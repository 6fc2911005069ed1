#include "FakeTwilioLookup.h"

#include "FakeTwilio.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrl>

namespace ringback::test {

namespace {

QByteArray errorBody(int status, int code, const QString &message)
{
    return QJsonDocument(
               QJsonObject{{QStringLiteral("code"), code},
                           {QStringLiteral("message"), message},
                           {QStringLiteral("more_info"),
                            QStringLiteral("https://www.twilio.com/docs/errors/%1").arg(code)},
                           {QStringLiteral("status"), status}})
        .toJson(QJsonDocument::Compact);
}

} // namespace

FakeTwilioLookup::FakeTwilioLookup() = default;
FakeTwilioLookup::~FakeTwilioLookup() = default;

bool FakeTwilioLookup::start()
{
    m_port = listen(QHostAddress::LocalHost, 0);
    return m_port != 0;
}

QString FakeTwilioLookup::baseUrl() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(m_port);
}

void FakeTwilioLookup::missingHandler(const QHttpServerRequest &, QTcpSocket *) {}

bool FakeTwilioLookup::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    const QUrl url = request.url();
    Request seen;
    seen.rawPath = url.path(QUrl::FullyEncoded);
    seen.path = url.path(QUrl::FullyDecoded);
    seen.query = url.query(QUrl::FullyEncoded);
    const QByteArray expected
        = "Basic "
          + (FakeTwilio::accountSid() + QLatin1Char(':') + FakeTwilio::authToken())
                .toUtf8()
                .toBase64();
    seen.authorized = request.value("Authorization") == expected;
    requests.append(seen);

    int status = 200;
    QByteArray body;
    static const QRegularExpression route(
        QStringLiteral("^/v2/PhoneNumbers/(\\+[1-9][0-9]{6,14})$"));
    const auto match = route.match(seen.path);
    if (request.method() != QHttpServerRequest::Method::Get) {
        violations << QStringLiteral("a lookup is a GET");
        status = 405;
        body = errorBody(405, 20004, QStringLiteral("Method not allowed"));
    } else if (!seen.authorized) {
        status = 401;
        body = errorBody(401, 20003, QStringLiteral("Authenticate"));
    } else if (!match.hasMatch()) {
        violations
            << QStringLiteral("not a Lookup v2 path with an E.164 number: %1").arg(seen.rawPath);
        status = 404;
        body = errorBody(404, 20404, QStringLiteral("The requested resource was not found"));
    } else if (seen.query != QLatin1String("Fields=line_type_intelligence")) {
        violations
            << QStringLiteral("expected Fields=line_type_intelligence, got \"%1\"").arg(seen.query);
        status = 400;
        body = errorBody(400, 60200, QStringLiteral("Invalid parameter"));
    } else if (failStatus) {
        status = failStatus;
        body = errorBody(failStatus, 20500, QStringLiteral("Internal Server Error"));
    } else {
        const QString number = match.captured(1);
        QJsonObject line{{QStringLiteral("mobile_country_code"), QJsonValue::Null},
                         {QStringLiteral("mobile_network_code"), QJsonValue::Null},
                         {QStringLiteral("carrier_name"), QStringLiteral("Fake Telecom")},
                         {QStringLiteral("type"), types.value(number, QStringLiteral("mobile"))},
                         {QStringLiteral("error_code"), QJsonValue::Null}};
        if (errorCodes.contains(number)) {
            line.insert(QStringLiteral("type"), QJsonValue::Null);
            line.insert(QStringLiteral("carrier_name"), QJsonValue::Null);
            line.insert(QStringLiteral("error_code"), errorCodes.value(number));
        }
        body
            = QJsonDocument(
                  QJsonObject{{QStringLiteral("calling_country_code"), QStringLiteral("1")},
                              {QStringLiteral("country_code"), QStringLiteral("US")},
                              {QStringLiteral("phone_number"), number},
                              {QStringLiteral("national_format"), number.mid(2)},
                              {QStringLiteral("valid"), true},
                              {QStringLiteral("validation_errors"), QJsonValue::Null},
                              {QStringLiteral("caller_name"), QJsonValue::Null},
                              {QStringLiteral("line_type_intelligence"), line},
                              {QStringLiteral("url"),
                               QString(QStringLiteral("https://lookups.twilio.com/v2/PhoneNumbers/")
                                       + number)}})
                  .toJson(QJsonDocument::Compact);
    }

    auto responder = std::make_shared<QHttpServerResponder>(makeResponder(request, socket));
    if (never) {
        m_held.push_back(responder);
        return true;
    }
    responder->writeStatusLine(QHttpServerResponder::StatusCode(status));
    responder->writeHeader("Content-Type", "application/json; charset=utf-8");
    responder->writeHeader("Content-Length", QByteArray::number(body.size()));
    responder->writeBody(body);
    return true;
}

} // namespace ringback::test
