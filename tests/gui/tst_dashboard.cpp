#include "gui/dashboard/DashboardChart.h"
#include "gui/dashboard/DashboardTable.h"
#include "gui/dashboard/DashboardView.h"
#include "gui/dashboard/FigureTile.h"
#include "store/Database.h"
#include "util/Clock.h"

#include <QApplication>
#include <QComboBox>
#include <QImage>
#include <QLabel>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace ringback;
using namespace ringback::gui;

// The dashboard over a small store: tiles, period switch, chart painting in
// light and dark palettes, the table alternative and the held list.
class TestDashboard : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Database m_db;
    const QTimeZone m_zone{QByteArrayLiteral("America/Chicago")};
    ManualClock m_clock{QDateTime(QDate(2026, 3, 10), QTime(18, 0), Qt::UTC)};
    int m_calls = 0;

    qint64 at(int month, int day, int hour) const
    {
        return QDateTime(QDate(2026, month, day), QTime(hour, 0), m_zone).toMSecsSinceEpoch();
    }
    void exec(const QString &sql, const QVariantList &values)
    {
        QSqlQuery q(m_db.db());
        QVERIFY2(q.prepare(sql), qPrintable(q.lastError().text()));
        for (const QVariant &v : values)
            q.addBindValue(v);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    }
    // What the engine does for every call and message it stores.
    void touch(qint64 conversation, qint64 atMs)
    {
        exec(QStringLiteral(
                 "UPDATE conversations SET last_activity = max(last_activity, ?) WHERE id = ?"),
             {atMs, conversation});
    }
    qint64 conversation(const QString &number, const QString &state)
    {
        exec(QStringLiteral("INSERT INTO conversations (contact_number, business_number, "
                            "lead_state, created_at) VALUES (?, '+15125550100', ?, 0)"),
             {number, state});
        QSqlQuery q(m_db.db());
        q.exec(QStringLiteral("SELECT max(id) FROM conversations"));
        q.next();
        return q.value(0).toLongLong();
    }
    void call(qint64 conversation, qint64 startedAt, const QString &decision, const QString &code)
    {
        exec(QStringLiteral("INSERT INTO calls (conversation_id, provider, provider_id, "
                            "from_number, to_number, started_at, result, decision, decision_code, "
                            "received_at) VALUES (?, 'test', ?, '', '', ?, 'no-answer', ?, ?, ?)"),
             {conversation,
              QStringLiteral("c%1").arg(++m_calls),
              startedAt,
              decision,
              code,
              startedAt});
        touch(conversation, startedAt);
    }
    void message(qint64 conversation, qint64 atMs, const QString &direction, const QString &kind)
    {
        exec(QStringLiteral("INSERT INTO messages (conversation_id, provider, direction, kind, "
                            "body, status, at) VALUES (?, 'test', ?, ?, 'hi', ?, ?)"),
             {conversation,
              direction,
              kind,
              direction == QLatin1String("in") ? QStringLiteral("received")
                                               : QStringLiteral("delivered"),
              atMs});
        touch(conversation, atMs);
    }

    std::unique_ptr<DashboardView> view(double jobValue = 0)
    {
        auto v = std::make_unique<DashboardView>(m_db, m_zone, jobValue);
        v->setClock(m_clock);
        return v;
    }

    // Pixels of `image` that differ from `background`.
    static int inked(const QImage &image, const QColor &background)
    {
        int count = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                if (image.pixel(x, y) != background.rgb())
                    ++count;
            }
        }
        return count;
    }
    static bool hasColor(const QImage &image, const QColor &color)
    {
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                if (image.pixel(x, y) == color.rgb())
                    return true;
            }
        }
        return false;
    }

    // The figures are read on a thread of their own: wait for them.
    static void refreshAndWait(DashboardView *v)
    {
        QSignalSpy spy(v, &DashboardView::refreshed);
        v->refresh();
        QVERIFY(v->isUpdating());
        QVERIFY(spy.wait(20000));
        QVERIFY(!v->isUpdating());
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_zone.isValid());
        QVERIFY(m_db.open(m_dir.filePath(QStringLiteral("dash.sqlite")), QStringLiteral("dash"))
                    .isOk());
        // This week: one missed call, texted and answered by the caller.
        const qint64 a = conversation(QStringLiteral("+15125550101"), QStringLiteral("replied"));
        call(a, at(3, 9, 10), QStringLiteral("texted"), QStringLiteral("texted"));
        message(a, at(3, 9, 10) + 60000, QStringLiteral("out"), QStringLiteral("auto"));
        message(a, at(3, 9, 11), QStringLiteral("in"), QStringLiteral("manual"));
        // Three weeks ago: a repeat call, held.
        const qint64 b = conversation(QStringLiteral("+15125550102"), QStringLiteral("new"));
        call(b, at(2, 20, 9), QStringLiteral("held"), QStringLiteral("repeat_call"));
        // Spam: counts nowhere.
        const qint64 s = conversation(QStringLiteral("+15125550199"), QStringLiteral("spam"));
        call(s, at(3, 9, 12), QStringLiteral("held"), QStringLiteral("spam_pattern"));
        message(s, at(3, 9, 12) + 1000, QStringLiteral("in"), QStringLiteral("manual"));
    }

    void showsTheFigures()
    {
        auto v = view();
        v->setPeriodDays(7);
        refreshAndWait(v.get());
        QCOMPARE(v->tile(QStringLiteral("missedCalls"))->value(), QStringLiteral("1"));
        QCOMPARE(v->tile(QStringLiteral("textsSent"))->value(), QStringLiteral("1"));
        QCOMPARE(v->tile(QStringLiteral("replies"))->value(), QStringLiteral("1"));
        QCOMPARE(v->tile(QStringLiteral("replies"))->detail(), QStringLiteral("100% reply rate"));
        QCOMPARE(v->tile(QStringLiteral("recovered"))->value(), QStringLiteral("1"));
        QCOMPARE(v->tile(QStringLiteral("booked"))->value(), QStringLiteral("0"));
        QCOMPARE(v->tile(QStringLiteral("noNextStep"))->value(), QStringLiteral("2"));
        QVERIFY(v->tile(QStringLiteral("missedCalls"))
                    ->accessibleName()
                    .contains(QStringLiteral("Missed calls: 1")));

        // No job value: a hint instead of a sum; with one, the sum in currency.
        FigureTile *revenue = v->tile(QStringLiteral("revenue"));
        QVERIFY(revenue->showsHint());
        QCOMPARE(revenue->value(), QStringLiteral("Set your average job value in Settings"));
        v->setAverageJobValue(250);
        QVERIFY(!revenue->showsHint());
        QCOMPARE(revenue->value(), QLocale().toCurrencyString(250.0));
        v->setAverageJobValue(0);
        QVERIFY(revenue->showsHint());
    }

    void loadsWhenShown()
    {
        auto v = view(100);
        QSignalSpy refreshed(v.get(), &DashboardView::refreshed);
        QCOMPARE(v->periodDays(), 30);
        v->show();
        QTRY_COMPARE(refreshed.count(), 1);
        QCOMPARE(v->tile(QStringLiteral("missedCalls"))->value(), QStringLiteral("2"));
        QCOMPARE(v->tile(QStringLiteral("revenue"))->value(), QLocale().toCurrencyString(100.0));
    }

    void switchingPeriodRecomputes()
    {
        auto v = view();
        v->setPeriodDays(7);
        refreshAndWait(v.get());
        QSignalSpy refreshed(v.get(), &DashboardView::refreshed);
        QCOMPARE(v->heldModel()->rowCount(), 0);
        QVERIFY(v->findChild<QTreeView *>()->isHidden());

        // The selector, as a user would change it.
        auto *period = v->findChild<QComboBox *>();
        period->setCurrentIndex(period->findData(30));
        QTRY_COMPARE(refreshed.count(), 1);
        QCOMPARE(v->periodDays(), 30);
        QCOMPARE(v->tile(QStringLiteral("missedCalls"))->value(), QStringLiteral("2"));
        QCOMPARE(v->tile(QStringLiteral("replies"))->detail(), QStringLiteral("50% reply rate"));
        QCOMPARE(int(v->chart()->days().size()), 30);
        QCOMPARE(v->heldModel()->rowCount(), 1);
        QCOMPARE(v->heldModel()->index(0, HeldReasonsModel::Reason).data().toString(),
                 QStringLiteral("Repeat call, already texted"));
        QCOMPARE(v->heldModel()->index(0, HeldReasonsModel::Calls).data().toInt(), 1);
        QVERIFY(!v->findChild<QTreeView *>()->isHidden());

        v->setPeriodDays(90);
        QTRY_COMPARE(refreshed.count(), 2);
        QCOMPARE(v->tableModel()->rowCount(), 90);
    }

    void tableAlternative()
    {
        auto v = view();
        v->setPeriodDays(7);
        refreshAndWait(v.get());
        auto *stack = v->findChild<QStackedWidget *>();
        QCOMPARE(stack->currentWidget(), static_cast<QWidget *>(v->chart()));
        v->setShowsTable(true);
        QCOMPARE(stack->currentWidget(), static_cast<QWidget *>(v->findChild<QTableView *>()));
        DashboardTableModel *model = v->tableModel();
        QCOMPARE(model->rowCount(), 7);
        QCOMPARE(model->columnCount(), int(DashboardTableModel::ColumnCount));
        // 9 March: the missed call, the text, the reply.
        const int row = 5;
        QCOMPARE(model->index(row, DashboardTableModel::Day).data(Qt::UserRole).toDate(),
                 QDate(2026, 3, 9));
        QCOMPARE(model->index(row, DashboardTableModel::MissedCalls).data().toInt(), 1);
        QCOMPARE(model->index(row, DashboardTableModel::Replies).data().toInt(), 1);
        QCOMPARE(model->index(row, DashboardTableModel::ReplyRate).data().toString(),
                 QStringLiteral("100%"));
        QCOMPARE(model->index(0, DashboardTableModel::ReplyRate).data().toString(), QString());
        v->setShowsTable(false);
        QCOMPARE(stack->currentWidget(), static_cast<QWidget *>(v->chart()));
    }

    void chartDescribesItself()
    {
        auto v = view();
        v->setPeriodDays(7);
        refreshAndWait(v.get());
        const QString description = v->chart()->accessibleDescription();
        QVERIFY2(description.contains(QStringLiteral("Busiest day")), qPrintable(description));
        QVERIFY(!v->chart()->accessibleName().isEmpty());
    }

    void chartPaints_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<int>("days");
        QTest::addColumn<bool>("dark");
        QTest::newRow("tiny, 7 days") << QSize(60, 40) << 7 << false;
        QTest::newRow("small, 90 days") << QSize(200, 120) << 90 << false;
        QTest::newRow("large, 30 days") << QSize(1600, 700) << 30 << false;
        QTest::newRow("dark, 90 days") << QSize(800, 300) << 90 << true;
    }
    void chartPaints()
    {
        QFETCH(QSize, size);
        QFETCH(int, days);
        QFETCH(bool, dark);
        DashboardChart chart;
        if (dark) {
            QPalette pal = chart.palette();
            pal.setColor(QPalette::Base, QColor(0x20, 0x20, 0x20));
            pal.setColor(QPalette::Window, QColor(0x30, 0x30, 0x30));
            pal.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
            pal.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
            pal.setColor(QPalette::Highlight, QColor(0x2a, 0x82, 0xda));
            chart.setPalette(pal);
        }
        std::vector<DayFigures> figures(static_cast<std::size_t>(days));
        for (int i = 0; i < days; ++i) {
            DayFigures &d = figures[std::size_t(i)];
            d.date = QDate(2026, 3, 10).addDays(i - days + 1);
            d.missedCalls = (i * 7) % 11;
            d.replies = d.missedCalls / 2;
            d.recovered = d.replies / 2 + 1;
        }
        chart.setDays(figures);
        chart.resize(size);
        const QColor base = chart.palette().color(QPalette::Base);
        QImage image(size, QImage::Format_ARGB32);
        image.fill(base);
        chart.render(&image);
        QVERIFY(inked(image, base) > 0);
        if (size.width() >= 800) {
            // Bars and lines are drawn in their own colours.
            QVERIFY(hasColor(image, DashboardChart::missedColor(chart.palette())));
            QVERIFY(hasColor(image, DashboardChart::recoveredColor(chart.palette())));
        }
        // The series stand apart from the background in either palette.
        for (const QColor &c : {DashboardChart::missedColor(chart.palette()),
                                DashboardChart::repliesColor(chart.palette()),
                                DashboardChart::recoveredColor(chart.palette())}) {
            QVERIFY(qAbs(c.lightness() - base.lightness()) > 40);
        }
        QVERIFY(chart.sizeHint().width() > chart.minimumSizeHint().width());
        QVERIFY(chart.sizeHint().height() > chart.minimumSizeHint().height());
    }

    void emptyChartPaints()
    {
        DashboardChart chart;
        chart.resize(300, 200);
        QImage image(chart.size(), QImage::Format_ARGB32);
        image.fill(Qt::transparent);
        chart.render(&image);
        QVERIFY(inked(image, chart.palette().color(QPalette::Base)) > 0); // axis and legend
        QCOMPARE(chart.accessibleDescription(), QStringLiteral("No figures yet."));
    }

    void dayLabelsNeverOverlap_data()
    {
        QTest::addColumn<int>("labelWidth");
        QTest::addColumn<int>("slot");
        QTest::addColumn<int>("days");
        QTest::newRow("wide") << 40 << 100 << 7;
        QTest::newRow("two per label") << 40 << 25 << 30;
        QTest::newRow("narrow") << 44 << 5 << 90;
        QTest::newRow("no room") << 44 << 0 << 90;
    }
    void dayLabelsNeverOverlap()
    {
        QFETCH(int, labelWidth);
        QFETCH(int, slot);
        QFETCH(int, days);
        const int step = DashboardChart::labelStep(labelWidth, slot, days);
        QVERIFY(step >= 1);
        QVERIFY(step * slot >= labelWidth || step >= days);
        if (step > 3 && step < days)
            QCOMPARE(step % 7, 0);
    }

    void axisMaximumIsRound()
    {
        int step = 0;
        QCOMPARE(DashboardChart::niceMaximum(0, &step), 1);
        QCOMPARE(step, 1);
        QCOMPARE(DashboardChart::niceMaximum(7, &step), 8);
        QCOMPARE(step, 2);
        QCOMPARE(DashboardChart::niceMaximum(37, &step), 40);
        QCOMPARE(step, 10);
        QCOMPARE(DashboardChart::niceMaximum(180, &step), 200);
        QCOMPARE(step, 50);
    }
};

QTEST_MAIN(TestDashboard)
#include "tst_dashboard.moc"
