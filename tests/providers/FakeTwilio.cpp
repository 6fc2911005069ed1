#include "FakeTwilio.h"

#include "FakeTwilioUtil.h"

#include <QJsonDocument>

namespace ringback::test {

using namespace fake;

FakeTwilio::FakeTwilio()
{
    addRoutes();
}

FakeTwilio::~FakeTwilio() = default;

bool FakeTwilio::start()
{
    // The media "CDN" is another origin on loopback: a second address, so no
    // host name (a minimal machine may not even resolve "localhost").
    const bool api = FakeHttpServer::start();
    m_cdnPort = listenAlso(QHostAddress(QStringLiteral("127.0.0.2")));
    return api && m_cdnPort != 0;
}

QString FakeTwilio::addCall(CallRecord call)
{
    if (call.sid.isEmpty())
        call.sid = newSid("CA");
    if (!call.start.isValid())
        call.start = QDateTime::currentDateTimeUtc().addSecs(-25);
    m_calls.append(call);
    return call.sid;
}

QString FakeTwilio::addMissedInbound(const QString &from, const QString &status)
{
    CallRecord c;
    c.from = from;
    c.to = businessNumber();
    c.status = status;
    c.end = QDateTime::currentDateTimeUtc();
    c.start = c.end.addSecs(-20);
    return addCall(c);
}

QString FakeTwilio::addDialled(const QString &from, const QString &childStatus)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const bool answered = childStatus == QLatin1String("completed");
    CallRecord parent;
    parent.from = from;
    parent.to = businessNumber();
    parent.status = QStringLiteral("completed");
    parent.start = now.addSecs(answered ? -200 : -40);
    parent.end = now;
    parent.duration = answered ? 200 : 40; // voicemail after the dial timed out
    const QString sid = addCall(parent);
    CallRecord child;
    child.parentSid = sid;
    child.from = from;
    child.to = QStringLiteral("+15125550199"); // the office's mobile
    child.direction = QStringLiteral("outbound-dial");
    child.status = childStatus;
    child.start = parent.start.addSecs(1);
    child.end = answered ? now : parent.start.addSecs(21);
    child.duration = answered ? 198 : 0;
    addCall(child);
    return sid;
}

void FakeTwilio::setCall(const QString &sid, const QString &status, const QDateTime &end)
{
    for (CallRecord &c : m_calls) {
        if (c.sid == sid) {
            c.status = status;
            c.end = end;
        }
    }
}

QString FakeTwilio::addInboundMessage(const QString &from,
                                      const QString &body,
                                      const QList<MediaRecord> &media)
{
    MessageRecord m;
    m.sid = newSid(media.isEmpty() ? "SM" : "MM");
    m.from = from;
    m.to = businessNumber();
    m.body = body;
    m.created = QDateTime::currentDateTimeUtc();
    m.sent = m.created;
    m.media = media;
    for (int i = 0; i < m.media.size(); ++i) {
        if (m.media[i].sid.isEmpty())
            m.media[i].sid = newSid("ME");
    }
    m_messages.append(m);
    return m.sid;
}

QList<FakeTwilio::MessageRecord> FakeTwilio::sentMessages() const
{
    return fake::only(m_messages, [](const MessageRecord &m) {
        return m.direction == QLatin1String("outbound-api");
    });
}

int FakeTwilio::sendsTo(const QString &to) const
{
    return fake::countOf(sentMessages(), [&](const MessageRecord &m) { return m.to == to; });
}

std::optional<FakeTwilio::Answer> FakeTwilio::authenticate(Request &seen)
{
    seen.authorized = seen.authorization == fake::basicAuth(accountSid(), authToken());
    if (seen.authorized)
        return std::nullopt;
    return error(401, 20003, QStringLiteral("Authenticate"))
        .withHeader("WWW-Authenticate", "Basic realm=\"Twilio API\"");
}

FakeTwilio::Answer FakeTwilio::unrouted(Request &seen)
{
    static const QRegularExpression account(
        QStringLiteral("^/2010-04-01/Accounts/(AC[0-9a-fA-F]{32})(\\.json|/.+)$"));
    const auto match = account.match(seen.path);
    if (!match.hasMatch() || match.captured(1) != accountSid())
        violation(QStringLiteral("unknown path %1").arg(seen.path));
    else
        violation(QStringLiteral("%1 %2 is not a documented endpoint")
                      .arg(QString::fromLatin1(seen.method), seen.path));
    return error(
        404, 20404, QStringLiteral("The requested resource %1 was not found").arg(seen.path));
}

FakeTwilio::Answer FakeTwilio::notFound()
{
    return error(404, 20404, QStringLiteral("The requested resource was not found"));
}

FakeTwilio::Answer FakeTwilio::undocumentedParameter(const QString &key)
{
    return error(400, 20001, QStringLiteral("Invalid parameter %1").arg(key));
}

FakeTwilio::Answer FakeTwilio::failure(const Reply &reply)
{
    return error(reply.status, reply.code.toInt(), reply.title);
}

FakeTwilio::Answer FakeTwilio::error(int status, int code, const QString &message)
{
    return Answer::json(errorJson(status, code, message), status);
}

bool FakeTwilio::checkParams(const Params &query, const QStringList &allowed, Answer *bad)
{
    if (!onlyDocumented(query, allowed, bad))
        return false;
    for (const auto &[key, value] : query) {
        if ((key == QLatin1String("To") || key == QLatin1String("From")
             || key == QLatin1String("PhoneNumber"))
            && !isE164(value)) {
            violations << QStringLiteral("%1 is not E.164 after decoding: \"%2\"").arg(key, value);
            *bad = error(
                400, 21211, QStringLiteral("Invalid '%1' Phone Number: %2").arg(key, value));
            return false;
        }
        if (key == QLatin1String("PageSize") && (value.toInt() < 1 || value.toInt() > 1000)) {
            violations << QStringLiteral("PageSize %1 out of 1..1000").arg(value);
            *bad = error(400, 20001, QStringLiteral("PageSize must be between 1 and 1000"));
            return false;
        }
    }
    if (param(query, QStringLiteral("Page")).toInt() > 0
        && !m_pageTokens.contains(param(query, QStringLiteral("PageToken")))) {
        violations << QStringLiteral("Page without a PageToken from next_page_uri");
        *bad = error(400, 20001, QStringLiteral("Invalid PageToken"));
        return false;
    }
    return true;
}

} // namespace ringback::test
