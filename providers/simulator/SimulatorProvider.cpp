#include "SimulatorProvider.h"

#include "Scenarios.h"
#include "engine/Keywords.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QUrl>

namespace ringback {

Q_LOGGING_CATEGORY(lcSimulator, "ringback.provider.simulator")

namespace {

SendError sendErrorFromString(const QString &s)
{
    if (s == QLatin1String("rate-limited"))
        return SendError::RateLimited;
    if (s == QLatin1String("opted-out"))
        return SendError::OptedOut;
    if (s == QLatin1String("invalid-number"))
        return SendError::InvalidNumber;
    return SendError::ProviderDown;
}

} // namespace

SimulatorProvider::SimulatorProvider()
{
    m_callTimer.setSingleShot(true);
    connect(&m_callTimer, &QTimer::timeout, this, &SimulatorProvider::generateCall);
}

SimulatorProvider::~SimulatorProvider() = default;

Status SimulatorProvider::configure(const ProviderContext &context)
{
    const QVariantMap &s = context.settings;
    m_line = s.value(QStringLiteral("phone_number"), QStringLiteral("+15125550100")).toString();
    m_callsPerMinute = s.value(QStringLiteral("calls_per_minute"), 2).toDouble();
    m_missedRatio = s.value(QStringLiteral("missed_ratio"), 0.6).toDouble();
    m_replyProbability = s.value(QStringLiteral("reply_probability"), 0.7).toDouble();
    m_replyDelayMs = int(s.value(QStringLiteral("reply_delay_seconds"), 6).toDouble() * 1000);
    const quint32 seed = s.value(QStringLiteral("seed"), 0).toUInt();
    m_random.seed(seed ? seed : QRandomGenerator::global()->generate());
    m_dataDir = context.dataDir;
    m_logPath
        = context.dataDir.isEmpty() ? QString() : context.dataDir + QLatin1String("/sent.jsonl");
    return {};
}

void SimulatorProvider::start(ProviderEvents *events, const QString &cursor)
{
    m_events = events;
    m_counter = cursor.toLongLong();
    m_running = true;
    m_events->connectionStateChanged(ConnectionState::Connected, tr("Simulator running"));
    scheduleNextCall();
}

void SimulatorProvider::stop()
{
    m_running = false;
    m_callTimer.stop();
    if (m_events)
        m_events->connectionStateChanged(ConnectionState::Disconnected, tr("Simulator stopped"));
}

void SimulatorProvider::scheduleNextCall()
{
    if (!m_running || m_callsPerMinute <= 0)
        return;
    const double mean = 60000.0 / m_callsPerMinute;
    m_callTimer.start(int(mean * (0.5 + m_random.generateDouble())));
}

void SimulatorProvider::generateCall()
{
    const auto &people = simulator::personas();
    const auto &person = people.at(m_random.bounded(int(people.size())));
    const bool missed = m_random.generateDouble() < m_missedRatio;
    CallResult result = CallResult::Answered;
    if (missed) {
        static const CallResult missedResults[] = {CallResult::NoAnswer,
                                                   CallResult::NoAnswer,
                                                   CallResult::Busy,
                                                   CallResult::Voicemail,
                                                   CallResult::Canceled};
        result = missedResults[m_random.bounded(5)];
    }
    emitCall(person.number, result, QString());
    scheduleNextCall();
}

void SimulatorProvider::emitCall(const QString &from,
                                 CallResult result,
                                 const QString &id,
                                 int ringSeconds)
{
    if (!m_events)
        return;
    ++m_counter;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    ProviderCall call;
    call.providerId = id.isEmpty()
                          ? QStringLiteral("SIMCA%1%2").arg(now.toMSecsSinceEpoch()).arg(m_counter)
                          : id;
    call.from = from;
    call.to = m_line;
    call.result = result;
    call.ringSeconds = ringSeconds > 0 ? ringSeconds : 15 + m_random.bounded(15);
    call.durationSeconds = result == CallResult::Answered ? 60 + m_random.bounded(400) : 0;
    call.endedAt = now;
    call.startedAt = now.addSecs(-(call.ringSeconds + call.durationSeconds));
    m_events->callEnded(call);
    m_events->cursorAdvanced(QString::number(m_counter));
}

// The bundled photo as a file of the data folder (media/<message id>-<n>.png):
// media URLs are files the application can read after a restart.
QString SimulatorProvider::photoUrl(const QString &messageId, int index) const
{
    if (m_dataDir.isEmpty()) {
        qCWarning(lcSimulator) << "no data folder: the simulated photo is left out";
        return QString();
    }
    const QDir dir(m_dataDir + QLatin1String("/media"));
    const QString path = dir.filePath(QStringLiteral("%1-%2.png").arg(messageId).arg(index + 1));
    if (!QDir().mkpath(dir.path())
        || (!QFile::exists(path)
            && !QFile::copy(QStringLiteral(":/ringback/simulator/media/ceiling-leak.png"), path))) {
        qCWarning(lcSimulator).noquote() << "cannot write the simulated photo" << path;
        return QString();
    }
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser);
    return QUrl::fromLocalFile(path).toString();
}

void SimulatorProvider::emitReply(const QString &from,
                                  const QString &body,
                                  const QStringList &media)
{
    if (!m_events)
        return;
    ++m_counter;
    if (classifyKeyword(body) == Keyword::OptOut)
        m_stopped.insert(from);
    else if (classifyKeyword(body) == Keyword::OptIn)
        m_stopped.remove(from);
    ProviderMessage message;
    message.providerId
        = QStringLiteral("SIMSM%1%2").arg(QDateTime::currentMSecsSinceEpoch()).arg(m_counter);
    message.from = from;
    message.to = m_line;
    message.body = body;
    for (int i = 0; i < media.size(); ++i) {
        const QString url
            = media.at(i) == QLatin1String("photo") ? photoUrl(message.providerId, i) : media.at(i);
        if (!url.isEmpty())
            message.mediaUrls << url;
    }
    message.at = QDateTime::currentDateTimeUtc();
    m_events->messageReceived(message);
    m_events->cursorAdvanced(QString::number(m_counter));
}

Status SimulatorProvider::appendToCarrierLog(const SendRequest &request, const QString &providerId)
{
    if (m_logPath.isEmpty())
        return {};
    QFile log(m_logPath);
    if (!log.open(QIODevice::Append | QIODevice::WriteOnly))
        return Error(log.errorString());
    const QJsonObject entry{
        {QStringLiteral("sid"), providerId},
        {QStringLiteral("to"), request.to},
        {QStringLiteral("from"), request.from},
        {QStringLiteral("body"), request.body},
        {QStringLiteral("at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)}};
    log.write(QJsonDocument(entry).toJson(QJsonDocument::Compact) + '\n');
    if (!log.flush())
        return Error(log.errorString());
    return {};
}

bool SimulatorProvider::carrierHas(const SendRequest &request, QString *providerId) const
{
    QFile log(m_logPath);
    if (m_logPath.isEmpty() || !log.open(QIODevice::ReadOnly))
        return false;
    while (!log.atEnd()) {
        const QJsonObject entry = QJsonDocument::fromJson(log.readLine()).object();
        const QDateTime at
            = QDateTime::fromString(entry.value(QLatin1String("at")).toString(), Qt::ISODateWithMs);
        if (entry.value(QLatin1String("to")).toString() == request.to
            && entry.value(QLatin1String("body")).toString() == request.body
            && (!request.firstAttemptAt.isValid() || at >= request.firstAttemptAt.addSecs(-5))) {
            *providerId = entry.value(QLatin1String("sid")).toString();
            return true;
        }
    }
    return false;
}

void SimulatorProvider::send(const SendRequest &request)
{
    // Answer asynchronously, as a network provider would.
    QTimer::singleShot(0, this, [this, request] {
        if (!m_events)
            return;
        SendOutcome outcome;
        outcome.messageId = request.messageId;
        // Unique across runs, like a real provider's message ids.
        const QString providerId
            = QStringLiteral("SIMSM%1%2").arg(QDateTime::currentMSecsSinceEpoch()).arg(++m_counter);
        if (m_nextFailure) {
            const QVariantMap failure = *m_nextFailure;
            m_nextFailure.reset();
            if (failure.value(QStringLiteral("delivered")).toBool())
                appendToCarrierLog(request, providerId);
            outcome.error = sendErrorFromString(failure.value(QStringLiteral("error")).toString());
            outcome.errorDetail = tr("simulated failure: %1").arg(toString(outcome.error));
            outcome.retryAfterMs = failure.value(QStringLiteral("retry_after_ms"), 0).toInt();
            m_events->sendFinished(outcome);
            return;
        }
        if (m_stopped.contains(request.to)) {
            outcome.error = SendError::OptedOut;
            outcome.errorDetail = tr("the recipient replied STOP to this number");
            m_events->sendFinished(outcome);
            return;
        }
        const Status logged = appendToCarrierLog(request, providerId);
        if (!logged) {
            outcome.error = SendError::ProviderDown;
            outcome.errorDetail = logged.errorMessage();
            m_events->sendFinished(outcome);
            return;
        }
        outcome.accepted = true;
        outcome.providerMessageId = providerId;
        outcome.status = MessageStatus::Sent;
        m_events->sendFinished(outcome);

        QTimer::singleShot(300, this, [this, providerId] {
            if (m_events)
                m_events->statusChanged(
                    {providerId, MessageStatus::Delivered, SendError::None, QString()});
        });
        // The caller may write back.
        const auto &people = simulator::personas();
        for (const auto &person : people) {
            if (person.number != request.to)
                continue;
            const int given = m_repliesGiven.value(person.number);
            if (given >= person.replies.size() || m_random.generateDouble() >= m_replyProbability)
                break;
            m_repliesGiven.insert(person.number, given + 1);
            const QString body = person.replies.at(given);
            const QStringList media
                = given == person.photoReply ? QStringList{QStringLiteral("photo")} : QStringList();
            QTimer::singleShot(m_replyDelayMs, this, [this, from = person.number, body, media] {
                if (m_running)
                    emitReply(from, body, media);
            });
            break;
        }
    });
}

void SimulatorProvider::reconcile(const SendRequest &request)
{
    QTimer::singleShot(0, this, [this, request] {
        if (!m_events)
            return;
        ReconcileOutcome outcome;
        outcome.messageId = request.messageId;
        QString providerId;
        if (m_logPath.isEmpty()) {
            outcome.found = ReconcileOutcome::Found::Unknown;
            outcome.detail = tr("the simulator keeps no carrier log without a data folder");
        } else if (carrierHas(request, &providerId)) {
            outcome.found = ReconcileOutcome::Found::Yes;
            outcome.providerMessageId = providerId;
            outcome.status = MessageStatus::Sent;
        } else {
            outcome.found = ReconcileOutcome::Found::No;
            outcome.detail = tr("the carrier has no such message");
        }
        m_events->reconciled(outcome);
    });
}

void SimulatorProvider::testConnection(std::function<void(const ConnectionCheck &)> done)
{
    done({true, tr("Simulator ready: no account needed.")});
}

Status SimulatorProvider::inject(const QVariantMap &event)
{
    const QString type = event.value(QStringLiteral("type")).toString();
    if (type == QLatin1String("call")) {
        const auto result = callResultFromString(
            event.value(QStringLiteral("result"), QStringLiteral("no-answer")).toString());
        if (!result)
            return Error(QStringLiteral("unknown call result"));
        emitCall(event.value(QStringLiteral("from")).toString(),
                 *result,
                 event.value(QStringLiteral("id")).toString(),
                 event.value(QStringLiteral("ring_seconds")).toInt());
        return {};
    }
    if (type == QLatin1String("reply")) {
        emitReply(event.value(QStringLiteral("from")).toString(),
                  event.value(QStringLiteral("body")).toString(),
                  event.value(QStringLiteral("media")).toStringList());
        return {};
    }
    if (type == QLatin1String("send_failure")) {
        m_nextFailure = event;
        return {};
    }
    return Error(QStringLiteral("unknown event type \"%1\"").arg(type));
}

} // namespace ringback
