#pragma once

// Tools of bench_gui: timing runs, the printed table, waiting for a widget's
// paint, counting a view's data() calls, the process's memory.

#include <QEventLoop>
#include <QIdentityProxyModel>
#include <QString>

#include <functional>
#include <vector>

class QTextStream;
class QWidget;

namespace ringback::bench {

// stdout.
QTextStream &output();

// VmRSS from /proc/self/status, "n/a" where there is none.
QString residentMemory();
// The first three figures of /proc/loadavg, "n/a" where there is none: the
// figures are only as good as the machine is idle.
QString loadAverage();

// Milliseconds of the runs of one measurement, the first one first.
struct Runs
{
    std::vector<double> ms;
    double median() const;
    QString all() const; // "runs: 12 10 11 ms"
};

void printHeader();
void printRow(const QString &what, const Runs &runs, const QString &notes = QString());
void printValue(const QString &what, const QString &value);

// Waits for `widget` to be painted while `ready()` holds, the paint finished.
// Construct it before doing what should cause the paint (a paint may happen
// at once), then call wait().
class PaintWaiter final : public QObject
{
public:
    PaintWaiter(QWidget *widget, std::function<bool()> ready);
    ~PaintWaiter() override;
    Q_DISABLE_COPY_MOVE(PaintWaiter)

    // False when no such paint came within `timeoutMs`.
    bool wait(int timeoutMs = 60000);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *m_widget;
    std::function<bool()> m_ready;
    QEventLoop m_loop;
    bool m_painted = false;
};

// Counts the data() calls a view makes through it.
class CountingProxy final : public QIdentityProxyModel
{
public:
    using QIdentityProxyModel::QIdentityProxyModel;
    QVariant data(const QModelIndex &index, int role) const override;
    mutable qint64 calls = 0;
};

} // namespace ringback::bench
