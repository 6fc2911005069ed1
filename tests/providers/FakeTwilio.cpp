#include "FakeTwilio.h"

#include "FakeTwilioUtil.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>
#include <QTimer>
#include <QUrl>

namespace ringback::test {

using namespace fake;

FakeTwilio::FakeTwilio() = default;
FakeTwilio::~FakeTwilio() = default;

bool FakeTwilio::start()
{
    m_port = listen(QHostAddress::LocalHost, 0);
    // The media "CDN" is another origin on loopback: a second address, so no
    // host name (a minimal machine may not even resolve "localhost").
    m_cdnPort = listen(QHostAddress(QStringLiteral("127.0.0.2")), 0);
    return m_port != 0 && m_cdnPort != 0;
}

QString FakeTwilio::baseUrl() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(m_port);
}

QString FakeTwilio::newSid(const char *prefix)
{
    return QLatin1String(prefix)
           + QStringLiteral("%1%2")
                 .arg(quint64(QDateTime::currentMSecsSinceEpoch()), 16, 16, QLatin1Char('0'))
                 .arg(++m_counter, 16, 16, QLatin1Char('0'));
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
    QList<MessageRecord> out;
    for (const MessageRecord &m : m_messages) {
        if (m.direction == QLatin1String("outbound-api"))
            out.append(m);
    }
    return out;
}

int FakeTwilio::sendsTo(const QString &to) const
{
    int n = 0;
    for (const MessageRecord &m : sentMessages())
        n += m.to == to ? 1 : 0;
    return n;
}

int FakeTwilio::count(const QByteArray &method, const QString &pathSuffix) const
{
    int n = 0;
    for (const Request &r : requests)
        n += r.method == method && r.path.endsWith(pathSuffix) ? 1 : 0;
    return n;
}

void FakeTwilio::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    write(
        request, socket, error(404, 20404, QStringLiteral("The requested resource was not found")));
}

bool FakeTwilio::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    Request seen;
    const Answer answer = dispatch(request, seen);
    requests.append(seen);
    write(request, socket, answer);
    return true;
}

void FakeTwilio::write(const QHttpServerRequest &request, QTcpSocket *socket, const Answer &answer)
{
    auto responder = std::make_shared<QHttpServerResponder>(makeResponder(request, socket));
    const QPointer<QTcpSocket> guard(socket);
    const auto send = [responder, guard, answer] {
        if (!guard || !guard->isOpen())
            return;
        responder->writeStatusLine(QHttpServerResponder::StatusCode(answer.status));
        bool typed = false;
        for (const auto &[key, value] : answer.headers) {
            responder->writeHeader(key, value);
            typed = typed || key == "Content-Type";
        }
        if (!typed)
            responder->writeHeader("Content-Type", "application/json; charset=utf-8");
        responder->writeHeader("Content-Length", QByteArray::number(answer.body.size()));
        responder->writeBody(answer.body);
    };
    if (answer.never) {
        m_held.push_back(responder);
        return;
    }
    if (answer.delayMs > 0) {
        m_held.push_back(responder);
        QTimer::singleShot(answer.delayMs, this, send);
        return;
    }
    send();
}

FakeTwilio::Answer FakeTwilio::error(int status, int code, const QString &message)
{
    Answer a;
    a.status = status;
    a.body = QJsonDocument(
                 QJsonObject{{QStringLiteral("code"), code},
                             {QStringLiteral("message"), message},
                             {QStringLiteral("more_info"),
                              QStringLiteral("https://www.twilio.com/docs/errors/%1").arg(code)},
                             {QStringLiteral("status"), status}})
                 .toJson(QJsonDocument::Compact);
    return a;
}

bool FakeTwilio::checkParams(const Params &query, const QStringList &allowed, Answer *bad)
{
    for (const auto &[key, value] : query) {
        if (!allowed.contains(key)) {
            violations << QStringLiteral("unknown parameter \"%1\"").arg(key);
            *bad = error(400, 20001, QStringLiteral("Invalid parameter %1").arg(key));
            return false;
        }
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
