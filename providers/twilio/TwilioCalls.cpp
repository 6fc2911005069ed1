#include "TwilioCalls.h"

#include <QHash>

#include <algorithm>

namespace ringback::twilio {

struct CallWatcher::Pass
{
    QDateTime startedAt; // of this pass: the cursor may only move up to here
    bool complete = false;
    std::vector<Call> toResolve; // completed, need their dialled legs
    size_t resolved = 0;
    std::vector<ProviderCall> ready;
    QHash<QString, QDate> handled; // sid -> start day, for the next cursor
    QDateTime earliestUnresolved;
    std::optional<Problem> problem;
    Done done;

    void unresolved(const Call &c)
    {
        if (!earliestUnresolved.isValid() || c.when() < earliestUnresolved)
            earliestUnresolved = c.when();
    }
};

CallWatcher::CallWatcher(Session &session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{}

void CallWatcher::poll(Done done)
{
    auto pass = std::make_shared<Pass>();
    pass->startedAt = m_session.now();
    pass->done = std::move(done);
    const QDate day = Cursor::firstDay(m_session.cursor.calls, pass->startedAt);
    const QUrl url
        = m_session.endpoints.calls({{QStringLiteral("To"), m_session.settings.phoneNumber},
                                     {QStringLiteral("StartTime>"), dayString(day)},
                                     {QStringLiteral("PageSize"), QStringLiteral("100")}});
    listAll<Call>(m_session,
                  url,
                  parseCalls,
                  tr("listing calls"),
                  kMaxPages,
                  [this, pass](Listing<Call> listing) { sortOut(pass, listing); });
}

void CallWatcher::sortOut(const std::shared_ptr<Pass> &pass, const Listing<Call> &listing)
{
    if (listing.problem) {
        pass->done(listing.problem);
        return;
    }
    pass->complete = listing.complete;
    const StreamPosition &position = m_session.cursor.calls;
    for (const Call &c : listing.items) {
        // Only the inbound leg to the business line is the caller's call.
        if (c.direction != QLatin1String("inbound") || !c.parentSid.isEmpty()
            || c.to != m_session.settings.phoneNumber)
            continue;
        if (position.seen.contains(c.sid)) {
            pass->handled.insert(c.sid, c.when().date());
            continue;
        }
        if (!c.isFinal()) {
            pass->unresolved(c); // still ringing or talking
            continue;
        }
        const QDateTime ended = c.endTime.isValid() ? c.endTime : c.when();
        if (ended.toMSecsSinceEpoch() < m_session.cursor.sinceMs) {
            pass->handled.insert(c.sid, c.when().date()); // before Ringback started
            continue;
        }
        if (needsChildLegs(c))
            pass->toResolve.push_back(c);
        else
            pass->ready.push_back(toProviderCall(c, {}));
    }
    resolveNext(pass);
}

void CallWatcher::resolveNext(const std::shared_ptr<Pass> &pass)
{
    if (pass->resolved >= pass->toResolve.size() || !m_session.running) {
        finish(pass);
        return;
    }
    const Call parent = pass->toResolve.at(pass->resolved);
    const QUrl url
        = m_session.endpoints.calls({{QStringLiteral("ParentCallSid"), parent.sid},
                                     {QStringLiteral("PageSize"), QStringLiteral("50")}});
    listAll<Call>(m_session,
                  url,
                  parseCalls,
                  tr("looking up a call's dialled legs"),
                  5,
                  [this, pass, parent](Listing<Call> legs) {
                      if (legs.problem) {
                          // Report what is known; this call and the rest wait for the next poll.
                          pass->problem = legs.problem;
                          for (size_t i = pass->resolved; i < pass->toResolve.size(); ++i)
                              pass->unresolved(pass->toResolve.at(i));
                          pass->resolved = pass->toResolve.size();
                          finish(pass);
                          return;
                      }
                      pass->ready.push_back(toProviderCall(parent, legs.items));
                      ++pass->resolved;
                      resolveNext(pass);
                  });
}

void CallWatcher::finish(const std::shared_ptr<Pass> &pass)
{
    std::stable_sort(
        pass->ready.begin(), pass->ready.end(), [](const ProviderCall &a, const ProviderCall &b) {
            return a.startedAt < b.startedAt;
        });
    for (const ProviderCall &call : pass->ready) {
        qCInfo(lcTwilio).noquote() << "call" << call.providerId << toString(call.result);
        pass->handled.insert(call.providerId, call.startedAt.date());
        if (m_session.events)
            m_session.events->callEnded(call);
    }
    Cursor::advance(m_session.cursor.calls,
                    pass->handled,
                    pass->complete && !pass->problem,
                    pass->startedAt,
                    pass->earliestUnresolved);
    m_session.saveCursor();
    pass->done(pass->problem);
}

} // namespace ringback::twilio
