#pragma once

#include "TwilioSession.h"

#include <QObject>
#include <QStringList>

namespace ringback::twilio {

// Downloads the media of an inbound MMS into the provider's data folder
// (media/<MessageSid>/<MediaSid>.<ext>), with the account's credentials, and
// answers with local file URLs. Bounded: at most 10 items of 5 MiB each, three
// redirects (Twilio redirects to its CDN; the credentials only follow to the
// same origin). An item that cannot be fetched is reported by its API URL
// instead, so the message itself is never held back or lost.
class MediaFetcher final : public QObject
{
    Q_OBJECT

public:
    static constexpr int kMaxItems = 10;
    static constexpr qint64 kMaxBytes = 5 * 1024 * 1024;

    MediaFetcher(Session &session, QObject *parent = nullptr);

    void fetch(const Message &message, std::function<void(const QStringList &urls)> done);

private:
    struct Job;
    void next(const std::shared_ptr<Job> &job);
    void download(const std::shared_ptr<Job> &job, const QUrl &url, int hops);
    QString saveTo(const Job &job, const QByteArray &contentType) const;

    Session &m_session;
};

} // namespace ringback::twilio
