#include "BenchGui.h"

#include <QEvent>
#include <QFile>
#include <QTextStream>
#include <QTimer>
#include <QWidget>

#include <algorithm>

namespace ringback::bench {

QTextStream &output()
{
    static QTextStream out(stdout);
    return out;
}

QString residentMemory()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return QStringLiteral("n/a");
    for (QByteArray line = status.readLine(); !line.isEmpty(); line = status.readLine()) {
        if (line.startsWith("VmRSS:")) {
            const double kib = line.mid(6).trimmed().split(' ').value(0).toDouble();
            return QStringLiteral("%1 MiB").arg(kib / 1024, 0, 'f', 1);
        }
    }
    return QStringLiteral("n/a");
}

QString loadAverage()
{
    QFile load(QStringLiteral("/proc/loadavg"));
    if (!load.open(QIODevice::ReadOnly))
        return QStringLiteral("n/a");
    return QString::fromLatin1(load.readAll().split(' ').mid(0, 3).join(' '));
}

double Runs::median() const
{
    std::vector<double> sorted = ms;
    std::sort(sorted.begin(), sorted.end());
    return sorted.empty() ? 0 : sorted[sorted.size() / 2];
}

QString Runs::all() const
{
    QStringList each;
    for (const double one : ms)
        each << QString::number(one, 'f', 0);
    return QStringLiteral("runs: %1 ms").arg(each.join(QLatin1Char(' ')));
}

void printHeader()
{
    output() << QStringLiteral("%1 %2 %3  %4")
                    .arg(QStringLiteral("measurement"), -52)
                    .arg(QStringLiteral("median"), 11)
                    .arg(QStringLiteral("first"), 11)
                    .arg(QStringLiteral("notes"))
             << Qt::endl;
}

void printRow(const QString &what, const Runs &runs, const QString &notes)
{
    const double first = runs.ms.empty() ? 0 : runs.ms.front();
    output() << QStringLiteral("%1 %2 %3  %4")
                    .arg(what, -52)
                    .arg(QStringLiteral("%1 ms").arg(runs.median(), 0, 'f', 1), 11)
                    .arg(QStringLiteral("%1 ms").arg(first, 0, 'f', 1), 11)
                    .arg(notes)
             << Qt::endl;
}

void printValue(const QString &what, const QString &value)
{
    output() << QStringLiteral("%1 %2").arg(what, -52).arg(value, 11) << Qt::endl;
}

PaintWaiter::PaintWaiter(QWidget *widget, std::function<bool()> ready)
    : m_widget(widget)
    , m_ready(std::move(ready))
{
    m_widget->installEventFilter(this);
}

PaintWaiter::~PaintWaiter()
{
    m_widget->removeEventFilter(this);
}

bool PaintWaiter::wait(int timeoutMs)
{
    if (m_painted)
        return true;
    QTimer::singleShot(timeoutMs, &m_loop, &QEventLoop::quit);
    m_loop.exec();
    return m_painted;
}

bool PaintWaiter::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_widget && event->type() == QEvent::Paint && !m_painted && m_ready()) {
        m_painted = true;
        // Queued: the loop ends once this paint has been done.
        QMetaObject::invokeMethod(&m_loop, &QEventLoop::quit, Qt::QueuedConnection);
    }
    return false;
}

QVariant CountingProxy::data(const QModelIndex &index, int role) const
{
    ++calls;
    return QIdentityProxyModel::data(index, role);
}

} // namespace ringback::bench
