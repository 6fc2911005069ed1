#pragma once

// Delivery-status tracking for providers that poll for it: the messages whose
// status is still awaited live in the provider's cursor (records with an id
// and the time tracking began), and each poll asks about a few of them.

#include "Problem.h"
#include "net/HttpClient.h"
#include "util/Result.h"

#include <QByteArray>
#include <QJsonArray>
#include <QString>

#include <algorithm>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace ringback::provider {

class SessionBase;

// The tracked messages of a cursor: records with an id (the member `id`)
// and the time tracking began (`sinceMs`), oldest first.

template<typename Tracked>
void untrack(std::vector<Tracked> &tracked, QString Tracked::*id, const QString &which)
{
    tracked.erase(std::remove_if(tracked.begin(),
                                 tracked.end(),
                                 [&](const Tracked &t) { return t.*id == which; }),
                  tracked.end());
}

// Starts (again) following `which`, as the newest; keeps the newest `max`.
template<typename Tracked>
void track(std::vector<Tracked> &tracked,
           QString Tracked::*id,
           const QString &which,
           qint64 nowMs,
           int max)
{
    if (which.isEmpty())
        return;
    untrack(tracked, id, which);
    Tracked t;
    t.*id = which;
    t.sinceMs = nowMs;
    tracked.push_back(std::move(t));
    if (tracked.size() > size_t(max))
        tracked.erase(tracked.begin(), tracked.begin() + (tracked.size() - size_t(max)));
}

template<typename Tracked>
bool isTracked(const std::vector<Tracked> &tracked, QString Tracked::*id, const QString &which)
{
    return std::any_of(
        tracked.begin(), tracked.end(), [&](const Tracked &t) { return t.*id == which; });
}

// In a cursor's JSON: [[id, sinceMs], ...].
template<typename Tracked>
QJsonArray trackedToJson(const std::vector<Tracked> &tracked, QString Tracked::*id)
{
    QJsonArray out;
    for (const Tracked &t : tracked)
        out.append(QJsonArray{t.*id, double(t.sinceMs)});
    return out;
}

template<typename Tracked>
std::vector<Tracked> trackedFromJson(const QJsonValue &json, QString Tracked::*id)
{
    std::vector<Tracked> out;
    for (const QJsonValue &v : json.toArray()) {
        const QJsonArray pair = v.toArray();
        if (pair.size() != 2 || !pair.at(0).isString())
            continue;
        Tracked t;
        t.*id = pair.at(0).toString();
        t.sinceMs = qint64(pair.at(1).toDouble());
        out.push_back(std::move(t));
    }
    return out;
}

// Forgets the messages tracked for longer than `maxAgeMs` and returns the ids
// of the first `limit` others, oldest first.
template<typename Tracked>
std::vector<QString> dueForCheck(
    std::vector<Tracked> &tracked, QString Tracked::*id, qint64 nowMs, qint64 maxAgeMs, int limit)
{
    tracked.erase(std::remove_if(tracked.begin(),
                                 tracked.end(),
                                 [&](const Tracked &t) { return nowMs - t.sinceMs > maxAgeMs; }),
                  tracked.end());
    std::vector<QString> ids;
    for (const Tracked &t : tracked) {
        if (int(ids.size()) >= limit)
            break;
        ids.push_back(t.*id);
    }
    return ids;
}

// A message still in transit: the others are looked at first next time.
template<typename Tracked>
void checkLater(std::vector<Tracked> &tracked, QString Tracked::*id, const QString &which)
{
    const auto it = std::find_if(
        tracked.begin(), tracked.end(), [&](const Tracked &t) { return t.*id == which; });
    if (it == tracked.end())
        return;
    const Tracked keep = *it;
    tracked.erase(it);
    tracked.push_back(keep);
}

// How one provider asks about one message's delivery.
struct DeliveryCheck
{
    QString what; // names the request for the office
    // GET the message's resource.
    std::function<void(const QString &id, net::HttpClient::Callback answer)> get;
    // A successful answer: nothing, or the problem when it cannot be read.
    std::function<std::optional<Problem>(const QString &id, const QByteArray &body)> read;
    // 404: the message is gone at the provider, nothing more to learn.
    std::function<void(const QString &id)> gone;
    std::function<void()> saveCursor;
};

// The usual check, for a session with `http`, `endpoints.message(id)`, a
// `cursor` with untrack(id) and saveCursor(): GET the message, `parse` it and
// hand it to `read`; a 404 stops tracking it.
template<typename Session, typename Message>
std::shared_ptr<const DeliveryCheck>
deliveryCheck(Session &session,
              const QString &what,
              Result<Message> (*parse)(const QByteArray &),
              std::function<void(const QString &id, const Message &message)> read)
{
    DeliveryCheck check;
    check.what = what;
    check.get = [&session](const QString &id, net::HttpClient::Callback answer) {
        session.http->get(session.endpoints.message(id), std::move(answer));
    };
    check.read = [&session, what, parse, read](const QString &id,
                                               const QByteArray &body) -> std::optional<Problem> {
        const auto message = parse(body);
        if (!message)
            return session.badAnswer(what, message.errorMessage());
        read(id, message.value());
        return std::nullopt;
    };
    check.gone = [&session](const QString &id) {
        session.cursor.untrack(id);
    };
    check.saveCursor = [&session] {
        session.saveCursor();
    };
    return std::make_shared<const DeliveryCheck>(std::move(check));
}

// One poll's checks: the first `limit` tracked messages of the session's
// cursor not older than `maxAgeMs` (older ones are forgotten).
template<typename Session, typename Tracked>
void checkDue(Session &session,
              std::shared_ptr<const DeliveryCheck> check,
              QString Tracked::*id,
              qint64 maxAgeMs,
              int limit,
              Done done)
{
    checkDeliveries(session,
                    std::move(check),
                    dueForCheck(session.cursor.tracked, id, session.nowMs(), maxAgeMs, limit),
                    std::move(done));
}

// A tracked message's status, read by a check: while in transit (no
// `update`) it is looked at again after the others; a final one is reported
// and no longer tracked.
template<typename Session, typename Tracked>
void statusRead(Session &session,
                QString Tracked::*id,
                const QString &which,
                std::optional<StatusUpdate> update)
{
    if (!update) {
        checkLater(session.cursor.tracked, id, which);
        return;
    }
    update->providerMessageId = which;
    session.cursor.untrack(which);
    if (session.events)
        session.events->statusChanged(*update);
}

// Asks about each of `ids` in turn; stops at the first problem or when the
// session stops. Saves the cursor before calling `done`.
void checkDeliveries(SessionBase &session,
                     std::shared_ptr<const DeliveryCheck> check,
                     std::vector<QString> ids,
                     Done done,
                     std::size_t index = 0);

} // namespace ringback::provider
