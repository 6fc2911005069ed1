#include "gui/dashboard/DashboardView.h"

#include "store/OwnConnection.h"

#include "gui/common/Format.h"
#include "gui/dashboard/DashboardChart.h"
#include "gui/dashboard/DashboardTable.h"
#include "gui/dashboard/FigureTile.h"
#include "store/Database.h"
#include "util/Clock.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QStackedWidget>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>

namespace ringback::gui {

DashboardView::DashboardView(Database &db,
                             const QTimeZone &zone,
                             double averageJobValue,
                             QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_clock(&Clock::system())
    , m_zone(zone)
    , m_jobValue(averageJobValue)
{
    buildUi();
    m_figures = DashboardFigures();
    showFigures();
}

DashboardView::~DashboardView() = default;

void DashboardView::buildUi()
{
    setAccessibleName(tr("Dashboard"));

    auto *periodLabel = new QLabel(tr("&Period:"), this);
    m_period = new QComboBox(this);
    m_period->addItem(tr("Last 7 days"), 7);
    m_period->addItem(tr("Last 30 days"), 30);
    m_period->addItem(tr("Last 90 days"), 90);
    m_period->setCurrentIndex(1);
    m_period->setAccessibleName(tr("Period"));
    periodLabel->setBuddy(m_period);
    connect(m_period, &QComboBox::currentIndexChanged, this, &DashboardView::refresh);
    m_status = new QLabel(this);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_status->hide();

    auto *top = new QHBoxLayout;
    top->addWidget(periodLabel);
    top->addWidget(m_period);
    top->addStretch();

    const auto makeTile = [this](const char *name, const QString &caption) {
        auto *tile = new FigureTile(caption, this);
        tile->setObjectName(QLatin1String(name));
        return tile;
    };
    m_missed = makeTile("missedCalls", tr("Missed calls"));
    m_texts = makeTile("textsSent", tr("Texts sent"));
    m_replies = makeTile("replies", tr("Replies"));
    //: Leads won back: the caller replied or the office reached them.
    m_recovered = makeTile("recovered", tr("Recovered"));
    m_booked = makeTile("booked", tr("Booked"));
    m_urgent = makeTile("urgent", tr("Urgent"));
    //: Leads nobody is working on (not in the call-back queue, not booked).
    m_noNextStep = makeTile("noNextStep", tr("No next step"));
    m_revenue = makeTile("revenue", tr("Estimated recovered revenue"));
    auto *tiles = new QGridLayout;
    FigureTile *const order[]
        = {m_missed, m_texts, m_replies, m_recovered, m_booked, m_urgent, m_noNextStep, m_revenue};
    for (int i = 0; i < 8; ++i)
        tiles->addWidget(order[i], i / 4, i % 4);

    m_asTable = new QCheckBox(tr("Show as &table"), this);
    m_asTable->setAccessibleName(tr("Show the chart's numbers as a table"));
    m_chart = new DashboardChart(this);
    m_tableModel = new DashboardTableModel(this);
    m_table = new QTableView(this);
    m_table->setModel(m_tableModel);
    m_table->setAccessibleName(tr("Figures per day"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_chart);
    m_stack->addWidget(m_table);
    connect(m_asTable, &QCheckBox::toggled, this, [this](bool table) {
        m_stack->setCurrentWidget(table ? static_cast<QWidget *>(m_table) : m_chart);
    });

    auto *heldTitle = new QLabel(tr("&Held, not texted"), this);
    heldTitle->setFont(boldFont(font()));
    m_heldModel = new HeldReasonsModel(this);
    m_held = new QTreeView(this);
    m_held->setModel(m_heldModel);
    m_held->setRootIsDecorated(false);
    m_held->setUniformRowHeights(true);
    m_held->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_held->setAccessibleName(tr("Calls held, not texted, by reason"));
    m_held->header()->setStretchLastSection(false);
    m_held->header()->setSectionResizeMode(HeldReasonsModel::Reason, QHeaderView::Stretch);
    m_held->header()->setSectionResizeMode(HeldReasonsModel::Calls, QHeaderView::ResizeToContents);
    heldTitle->setBuddy(m_held);
    m_heldEmpty = new QLabel(tr("No missed call was held back in this period."), this);
    m_heldEmpty->setTextFormat(Qt::PlainText);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_status);
    layout->addLayout(tiles);
    layout->addWidget(m_asTable);
    layout->addWidget(m_stack, 3);
    layout->addWidget(heldTitle);
    layout->addWidget(m_heldEmpty);
    layout->addWidget(m_held, 1);
    setTabOrder(m_period, m_asTable);
    setTabOrder(m_asTable, m_chart);
    setTabOrder(m_chart, m_table);
    setTabOrder(m_table, m_held);
}

void DashboardView::setClock(const Clock &clock)
{
    m_clock = &clock;
}

void DashboardView::setTimeZone(const QTimeZone &zone)
{
    m_zone = zone;
    if (m_loaded)
        refresh();
}

void DashboardView::setAverageJobValue(double value)
{
    m_jobValue = value;
    showRevenue();
}

int DashboardView::periodDays() const
{
    return m_period->currentData().toInt();
}

void DashboardView::setPeriodDays(int days)
{
    const int index = m_period->findData(days);
    if (index >= 0)
        m_period->setCurrentIndex(index); // refreshes when it changes
}

FigureTile *DashboardView::tile(const QString &objectName) const
{
    return findChild<FigureTile *>(objectName);
}

bool DashboardView::showsTable() const
{
    return m_asTable->isChecked();
}

void DashboardView::setShowsTable(bool table)
{
    m_asTable->setChecked(table);
}

void DashboardView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_loaded)
        refresh();
}

void DashboardView::refresh()
{
    m_loaded = true;
    // On a thread of its own with its own connection (90 days of a busy
    // office take a while): the window keeps working, the figures shown stay
    // until the new ones are in, and only the newest refresh is applied.
    const int generation = ++m_generation;
    m_updating = true;
    m_status->setText(tr("Updating the figures…"));
    m_status->show();
    auto figures = std::make_shared<DashboardFigures>();
    auto work = [figures, days = periodDays(), zone = m_zone, now = m_clock->nowMs()](
                    Database &db) -> Status {
        auto result = DashboardStats(db).compute(days, zone, now);
        if (!result)
            return Error(result.errorMessage());
        *figures = result.value();
        return {};
    };
    auto apply = [this, generation, figures](const Status &ok) {
        if (generation != m_generation)
            return; // a newer refresh is on its way
        m_updating = false;
        if (ok) {
            m_figures = *figures;
            m_status->hide();
        } else {
            m_figures = DashboardFigures();
            m_status->setText(tr("Could not read the figures: %1").arg(ok.errorMessage()));
            m_status->show();
        }
        showFigures();
        emit refreshed();
    };
    // A private in-memory store (tests) has no file another connection can open.
    if (m_db.filePath() == QLatin1String(":memory:")) {
        apply(work(m_db));
        return;
    }
    runWithOwnConnection(m_db.filePath(), work, this, apply);
}

void DashboardView::showFigures()
{
    const QLocale locale;
    const DayFigures &t = m_figures.totals;
    m_missed->setValue(locale.toString(t.missedCalls));
    m_texts->setValue(locale.toString(t.textsSent));
    m_replies->setValue(locale.toString(t.replies),
                        t.missedLeads > 0 ? tr("%1 reply rate").arg(percentText(t.replyRate()))
                                          : QString());
    m_recovered->setValue(locale.toString(t.recovered),
                          tr("of %n missed-call lead(s)", nullptr, t.missedLeads));
    m_booked->setValue(locale.toString(t.booked));
    m_urgent->setValue(locale.toString(t.urgent));
    m_noNextStep->setValue(locale.toString(m_figures.noNextStep), tr("right now"));
    showRevenue();

    m_chart->setDays(m_figures.perDay);
    m_tableModel->setDays(m_figures.perDay);
    m_heldModel->setHeld(m_figures.held);
    m_held->setVisible(!m_figures.held.empty());
    m_heldEmpty->setVisible(m_figures.held.empty());
}

void DashboardView::showRevenue()
{
    if (m_jobValue <= 0) {
        m_revenue->setHint(tr("Set your average job value in Settings"));
        return;
    }
    const QLocale locale;
    m_revenue->setValue(
        locale.toCurrencyString(m_figures.recoveredValue(m_jobValue)),
        tr("%1 recovered × %2")
            .arg(locale.toString(m_figures.totals.recovered), locale.toCurrencyString(m_jobValue)));
}

} // namespace ringback::gui
