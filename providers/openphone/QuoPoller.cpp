#include "QuoPoller.h"

#include <QLocale>

namespace ringback::quo {

QuoPoller::QuoPoller(Session &session, QuoSender &sender, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_sender(sender)
    , m_watcher(session, this)
    , m_loop(session, lcQuo())
{}

void QuoPoller::start()
{
    m_loop.start({[this](Done done) { m_session.lookUpNumber(std::move(done)); },
                  {[this](Done next) { m_watcher.poll(std::move(next)); },
                   [this](Done next) {
                       m_sender.pollStatuses(std::move(next));
                   }},
                  [] { return tr("Checking the Quo workspace…"); },
                  [this] {
                      return healthy();
                  }},
                 m_session.settings.pollIntervalMs);
}

void QuoPoller::stop()
{
    m_loop.stop();
}

QString QuoPoller::healthy() const
{
    const QString every = QLocale().toString(m_session.settings.pollIntervalMs / 1000.0, 'g', 4);
    const QString line
        = m_session.numberName.isEmpty()
              ? m_session.settings.phoneNumber
              : QStringLiteral("%1, %2").arg(m_session.numberName, m_session.settings.phoneNumber);
    if (m_session.webhookUrl.isEmpty())
        return tr("Connected to Quo (%1); checking every %2 s").arg(line, every);
    return tr("Connected to Quo (%1); receiving webhooks at %2 and checking every %3 s")
        .arg(line, m_session.webhookUrl, every);
}

} // namespace ringback::quo
