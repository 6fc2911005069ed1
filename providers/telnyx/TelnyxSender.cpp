#include "TelnyxSender.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace ringback::telnyx {

namespace {

// A webhook reported the message: Yes, with its id and status.
provider::SenderBase::Match seenMatch(const QString &id, const QString &status)
{
    return {id, mapOutboundStatus(status), true};
}

} // namespace

QByteArray textHash(const QString &text)
{
    QString t = text;
    t.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    return QCryptographicHash::hash(t.trimmed().toUtf8(), QCryptographicHash::Sha256)
        .toBase64()
        .left(24);
}

TelnyxSender::TelnyxSender(Session &session, QObject *parent)
    : SenderBase(session, lcTelnyx(), QStringLiteral("Telnyx"), Unreachable::Reconnecting, parent)
    , m_session(session)
{}

void TelnyxSender::send(const SendRequest &request)
{
    qCInfo(lcTelnyx) << "sending message" << request.messageId;
    m_session.http->postJson(
        m_session.endpoints.messages(),
        sendBody(request, m_session.settings.messagingProfileId),
        [this, request](const net::HttpResponse &response) {
            if (!m_session.events)
                return;
            SendOutcome outcome = outcomeFor(request);
            if (response.isSuccess()) {
                if (const auto message = readAccepted(response, parseSendAnswer, outcome)) {
                    // Anything but delivered is Sent: webhooks report the rest.
                    accepted(request,
                             outcome,
                             message->id,
                             mapOutboundStatus(message->status) == MessageStatus::Delivered
                                 ? MessageStatus::Delivered
                                 : MessageStatus::Sent);
                    remember(
                        {message->id, request.from, request.to, {}, {}, m_session.nowMs(), true});
                }
            } else if (noStatus(response, outcome)) {
                // never connected, or no answer
            } else {
                const MappedError mapped = mapSendError(response.status, parseError(response.body));
                outcome.error = mapped.error;
                outcome.errorDetail = mapped.detail;
                if (mapped.error == SendError::RateLimited)
                    outcome.retryAfterMs = int(m_session.retryAfterMs(response));
                else if (mapped.error == SendError::ProviderDown)
                    outcome.errorDetail += checking();
                else if (mapped.error == SendError::AuthFailed)
                    m_session.setState(
                        ConnectionState::AuthFailed,
                        m_session.problemOf(response, tr("sending a message")).detail);
            }
            finish(request, outcome);
        });
}

bool TelnyxSender::answerKnown(const SendRequest &request)
{
    const Seen *seen = findSeen(request);
    if (!seen)
        return false;
    answerLater(request,
                ReconcileOutcome::Found::Yes,
                seenMatch(seen->id, seen->status),
                tr("Telnyx reported the message by webhook"));
    return true;
}

void TelnyxSender::lookUp(const SendRequest &request, int attempt)
{
    const QDateTime threshold = request.firstAttemptAt.toUTC().addMSecs(-kReconcileSlackMs);
    m_session.http->get(
        m_session.endpoints.outboundRecords(request.from, request.to, threshold),
        [this, request, attempt, threshold](const net::HttpResponse &response) {
            if (!m_session.running)
                return;
            if (!response.isSuccess()) {
                lookUpFailed(
                    request,
                    attempt,
                    m_session.problemOf(response, tr("looking for an interrupted message")));
                return;
            }
            const auto records = parseDetailRecords(response.body);
            if (!records) {
                answer(request,
                       ReconcileOutcome::Found::Unknown,
                       std::nullopt,
                       tr("Telnyx sent an answer Ringback cannot read (%1)")
                           .arg(records.errorMessage()));
                return;
            }
            // A webhook may have arrived while we asked.
            if (const Seen *seen = findSeen(request)) {
                answer(request,
                       ReconcileOutcome::Found::Yes,
                       seenMatch(seen->id, seen->status),
                       tr("Telnyx reported the message by webhook"));
                return;
            }
            QStringList candidates;
            for (const DetailRecord &r : records.value()) {
                if ((!r.direction.isEmpty() && r.direction != QLatin1String("outbound"))
                    || r.cli != request.from || r.cld != request.to
                    || (r.createdAt.isValid() && r.createdAt < threshold) || isKnownId(r.uuid)
                    || candidates.contains(r.uuid))
                    continue;
                candidates << r.uuid;
            }
            if (candidates.size() == 1) {
                answer(request,
                       ReconcileOutcome::Found::Yes,
                       Match{candidates.first(), MessageStatus::Sent, true},
                       tr("found in Telnyx's message records"));
            } else if (candidates.isEmpty()) {
                answer(request,
                       ReconcileOutcome::Found::Unknown,
                       std::nullopt,
                       tr("Telnyx has no record of it yet, and it cannot look a message up by "
                          "its text"));
            } else {
                answer(request,
                       ReconcileOutcome::Found::Unknown,
                       std::nullopt,
                       tr("Telnyx has %1 messages to this number since then and cannot tell "
                          "which one it is")
                           .arg(candidates.size()));
            }
        });
}

void TelnyxSender::matched(const SendRequest &request, const Match &match)
{
    auto it = std::find_if(
        m_seen.begin(), m_seen.end(), [&](const Seen &s) { return s.id == match.id; });
    if (it != m_seen.end())
        it->own = true;
    else
        remember({match.id, request.from, request.to, {}, {}, m_session.nowMs(), true});
}

void TelnyxSender::noteOutbound(const OutboundMessage &message)
{
    Seen seen{message.id,
              message.from,
              message.to,
              textHash(message.text),
              message.status,
              (message.at.isValid() ? message.at : m_session.now()).toMSecsSinceEpoch(),
              false};
    // A later event for the same message replaces what an earlier one said.
    auto it = std::find_if(
        m_seen.begin(), m_seen.end(), [&](const Seen &s) { return s.id == message.id; });
    if (it != m_seen.end()) {
        if (it->textHash.isEmpty() || !message.text.isEmpty())
            it->textHash = seen.textHash;
        it->status = seen.status;
        it->from = seen.from;
        it->to = seen.to;
    } else {
        remember(std::move(seen));
    }
    saveCursor();
}

void TelnyxSender::remember(Seen seen)
{
    const qint64 now = m_session.now().toMSecsSinceEpoch();
    while (!m_seen.empty()
           && (int(m_seen.size()) >= kRememberMax || now - m_seen.front().atMs > kRememberForMs))
        m_seen.pop_front();
    m_seen.push_back(std::move(seen));
}

const TelnyxSender::Seen *TelnyxSender::findSeen(const SendRequest &request) const
{
    const QByteArray hash = textHash(request.body);
    const qint64 since = request.firstAttemptAt.isValid()
                             ? request.firstAttemptAt.toMSecsSinceEpoch() - kReconcileSlackMs
                             : 0;
    for (const Seen &s : m_seen) {
        if (!s.own && s.textHash == hash && s.from == request.from && s.to == request.to
            && s.atMs >= since)
            return &s;
    }
    return nullptr;
}

bool TelnyxSender::isKnownId(const QString &id) const
{
    return std::any_of(m_seen.begin(), m_seen.end(), [&id](const Seen &s) { return s.id == id; });
}

QString TelnyxSender::cursor() const
{
    QJsonArray seen;
    for (const Seen &s : m_seen)
        seen.append(QJsonArray{
            s.id, s.from, s.to, QString::fromLatin1(s.textHash), s.status, double(s.atMs), s.own});
    QJsonObject root{{QStringLiteral("v"), 1}, {QStringLiteral("seen"), seen}};
    if (m_catchUpFrom.isValid())
        root.insert(QStringLiteral("calls_from"), m_catchUpFrom.toString(Qt::ISODateWithMs));
    return QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Compact));
}

void TelnyxSender::restore(const QString &cursor)
{
    m_seen.clear();
    m_catchUpFrom = QDateTime();
    m_savedCursor = cursor;
    const QJsonObject root = QJsonDocument::fromJson(cursor.toUtf8()).object();
    if (root.value(QLatin1String("v")).toInt() != 1) {
        if (!cursor.isEmpty())
            qCWarning(lcTelnyx) << "the saved position is unreadable; starting afresh";
        return;
    }
    m_catchUpFrom = parseTime(root.value(QLatin1String("calls_from")));
    const qint64 now = m_session.now().toMSecsSinceEpoch();
    for (const QJsonValue &v : root.value(QLatin1String("seen")).toArray()) {
        const QJsonArray a = v.toArray();
        Seen s{a.at(0).toString(),
               a.at(1).toString(),
               a.at(2).toString(),
               a.at(3).toString().toLatin1(),
               a.at(4).toString(),
               qint64(a.at(5).toDouble()),
               a.at(6).toBool()};
        if (!s.id.isEmpty() && now - s.atMs <= kRememberForMs)
            remember(std::move(s));
    }
}

void TelnyxSender::saveCursor()
{
    const QString text = cursor();
    if (text == m_savedCursor || !m_session.events)
        return;
    m_savedCursor = text;
    m_session.events->cursorAdvanced(text);
}

void TelnyxSender::setCatchUpFrom(const QDateTime &at)
{
    m_catchUpFrom = at.toUTC();
    saveCursor();
}

} // namespace ringback::telnyx
