#pragma once

#include "util/Result.h"
#include "webhook/WebhookTypes.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

namespace ringback::webhook {

// Accepted webhook requests not yet handled, one file each in a folder of the
// profile (<profile>/webhook-spool), the way a mail server spools: the
// receiver stores a request durably before it answers 200 and removes it once
// the provider's handler ran, so an event the provider saw accepted survives
// a crash or a kill. At the next start the leftovers of a provider are handed
// to its handler again (the engine stores idempotently on provider ids).
//
// A file holds what a handler reads: provider id, public URL, headers, body,
// remote address and arrival time. Credentials and signatures (Authorization,
// Cookie, *signature*) are left out: they are checked before the request is
// spooled and never needed after. The folder is the user's only (0700).
//
// Bounded: past maxEntries files or maxBytes, store() fails and the receiver
// answers 503 so that the provider retries later. Entries older than
// MaxAgeMs, and files that cannot be read back, are moved to "set-aside/"
// with a log line, never silently deleted.
class WebhookSpool
{
public:
    static constexpr int DefaultMaxEntries = 1000;
    static constexpr qint64 DefaultMaxBytes = 64 * 1024 * 1024;
    static constexpr qint64 MaxAgeMs = qint64(7) * 24 * 60 * 60 * 1000;

    struct Entry
    {
        QString name; // the file name in the folder
        WebhookRequest request;
    };

    // Creates the folder when missing; a folder that cannot be created makes
    // every store() fail (and the receiver answer 503), with a log line.
    explicit WebhookSpool(QString dir);

    const QString &dir() const { return m_dir; }
    void setLimits(int maxEntries, qint64 maxBytes);
    int size() const { return int(m_sizes.size()); }
    qint64 bytes() const { return m_bytes; }

    // Writes `request` to a new file (written in full and synced before it
    // is renamed into place) and returns its name, marked as being handled.
    // Fails, saying why in plain English for the log, when the spool is full
    // or the file cannot be written.
    Result<QString> store(const WebhookRequest &request);
    // The handler ran: the file goes.
    void remove(const QString &name);
    // The handler did not run (its object is gone): the file stays, to be
    // handed on by the next pending() for its provider.
    void release(const QString &name);
    // The files of `providerId` not being handled, oldest first, read back
    // and marked as being handled. Expired or unreadable files (of any
    // provider) are moved aside on the way.
    QList<Entry> pending(const QString &providerId, qint64 nowMs);

    // What goes into a file, and back (exposed for tests).
    static QByteArray encode(const WebhookRequest &request);
    static Result<WebhookRequest> decode(const QByteArray &data);
    static bool isKept(const QByteArray &headerName);

private:
    void scan();
    void setAside(const QString &name, const QString &why);
    void forget(const QString &name);

    QString m_dir;
    int m_maxEntries = DefaultMaxEntries;
    qint64 m_maxBytes = DefaultMaxBytes;
    QHash<QString, qint64> m_sizes; // file name -> bytes, for the limits
    qint64 m_bytes = 0;
    QSet<QString> m_inFlight; // handed to a handler, not yet removed
    quint64 m_sequence = 0;
};

} // namespace ringback::webhook
