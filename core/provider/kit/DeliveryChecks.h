#pragma once

// Delivery-status tracking for providers that poll for it: the messages whose
// status is still awaited live in the provider's cursor (records with an id
// and the time tracking began), and each poll asks about a few of them.

#include "Problem.h"
#include "net/HttpClient.h"
#include "util/Result.h"

#include <QByteArray>
#include <QString>

#include <algorithm>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace ringback::provider {

class SessionBase;

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

// Asks about each of `ids` in turn; stops at the first problem or when the
// session stops. Saves the cursor before calling `done`.
void checkDeliveries(SessionBase &session,
                     std::shared_ptr<const DeliveryCheck> check,
                     std::vector<QString> ids,
                     Done done,
                     std::size_t index = 0);

} // namespace ringback::provider
