#include "gui/settings/HoursPage.h"

#include "engine/EngineConfig.h"

#include <QBoxLayout>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QGridLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QTimeEdit>
#include <QTimeZone>

namespace ringback::gui {

HoursPage::HoursPage(QWidget *parent)
    : SettingsPage(parent)
    , m_zone(new QComboBox(this))
    , m_closures(new QTableWidget(0, 2, this))
    , m_closureDate(new QDateEdit(QDate::currentDate(), this))
    , m_closureName(new QLineEdit(this))
    , m_afterHoursOnly(new QCheckBox(tr("Text back only &after hours"), this))
    , m_error(settingsui::errorLabel(this))
{
    setObjectName(QStringLiteral("hoursPage"));
    m_zone->setObjectName(QStringLiteral("timeZone"));
    m_zone->setEditable(true);
    m_zone->setInsertPolicy(QComboBox::NoInsert);
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        m_zone->addItem(QString::fromLatin1(id));
    m_zone->completer()->setFilterMode(Qt::MatchContains);
    m_zone->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_zone->setAccessibleName(tr("Time zone"));
    m_zone->setAccessibleDescription(tr("Type part of a city to search, e.g. Chicago."));
    auto *zoneLabel = new QLabel(tr("&Time zone:"), this);
    zoneLabel->setBuddy(m_zone);

    auto *week = new QGroupBox(tr("Opening hours"), this);
    auto *grid = new QGridLayout(week);
    const QLocale locale;
    for (int d = 1; d <= 7; ++d) {
        Day &day = m_days.at(d - 1);
        const QString name = locale.dayName(d);
        day.open = new QCheckBox(name, week);
        day.open->setObjectName(QStringLiteral("open%1").arg(d));
        day.open->setAccessibleName(tr("Open on %1").arg(name));
        day.from = new QTimeEdit(week);
        day.from->setObjectName(QStringLiteral("from%1").arg(d));
        day.from->setDisplayFormat(QStringLiteral("HH:mm"));
        day.from->setAccessibleName(tr("%1 opens at").arg(name));
        day.to = new QTimeEdit(week);
        day.to->setObjectName(QStringLiteral("to%1").arg(d));
        day.to->setDisplayFormat(QStringLiteral("HH:mm"));
        day.to->setAccessibleName(tr("%1 closes at").arg(name));
        day.to->setToolTip(tr("00:00 means midnight at the end of the day."));
        grid->addWidget(day.open, d, 0);
        grid->addWidget(day.from, d, 1);
        //: Between the opening and closing time of a day.
        grid->addWidget(new QLabel(tr("to"), week), d, 2);
        grid->addWidget(day.to, d, 3);
        auto edited = [this, d] {
            Day &changed = m_days.at(d - 1);
            changed.edited = true;
            changed.from->setEnabled(changed.open->isChecked());
            changed.to->setEnabled(changed.open->isChecked());
            emit this->changed();
        };
        connect(day.open, &QCheckBox::toggled, this, edited);
        connect(day.from, &QTimeEdit::timeChanged, this, edited);
        connect(day.to, &QTimeEdit::timeChanged, this, edited);
    }

    auto *closed = new QGroupBox(tr("Closures and holidays"), this);
    m_closures->setObjectName(QStringLiteral("closures"));
    m_closures->setAccessibleName(tr("Closures"));
    m_closures->setHorizontalHeaderLabels({tr("Date"), tr("Name")});
    m_closures->horizontalHeader()->setStretchLastSection(true);
    m_closures->verticalHeader()->hide();
    m_closures->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_closures->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_closureDate->setObjectName(QStringLiteral("closureDate"));
    m_closureDate->setCalendarPopup(true);
    m_closureDate->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_closureDate->setAccessibleName(tr("Closure date"));
    m_closureName->setObjectName(QStringLiteral("closureName"));
    m_closureName->setPlaceholderText(tr("e.g. Christmas"));
    m_closureName->setAccessibleName(tr("Closure name"));
    auto *add = new QPushButton(tr("A&dd closure"), closed);
    add->setAutoDefault(false);
    auto *remove = new QPushButton(tr("Re&move closure"), closed);
    remove->setAutoDefault(false);
    auto *addRow = new QHBoxLayout;
    addRow->addWidget(m_closureDate);
    addRow->addWidget(m_closureName, 1);
    addRow->addWidget(add);
    addRow->addWidget(remove);
    auto *closedLayout = new QVBoxLayout(closed);
    closedLayout->addWidget(m_closures);
    closedLayout->addLayout(addRow);
    connect(add, &QPushButton::clicked, this, [this] {
        addClosure(m_closureDate->date(), m_closureName->text().trimmed());
        m_closureName->clear();
        emit changed();
    });
    connect(remove, &QPushButton::clicked, this, &HoursPage::removeSelectedClosure);

    m_afterHoursOnly->setObjectName(QStringLiteral("afterHoursOnly"));
    m_afterHoursOnly->setAccessibleName(tr("Text back only after hours"));
    connect(m_afterHoursOnly, &QCheckBox::toggled, this, &HoursPage::changed);

    auto *zoneRow = new QHBoxLayout;
    zoneRow->addWidget(zoneLabel);
    zoneRow->addWidget(m_zone, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(zoneRow);
    layout->addWidget(week);
    layout->addWidget(closed, 1);
    layout->addWidget(m_afterHoursOnly);
    layout->addWidget(settingsui::helpLabel(
        tr("When on, missed calls during opening hours get no automatic text: someone is there "
           "to call back."),
        this));
    layout->addWidget(m_error);
}

void HoursPage::addClosure(const QDate &date, const QString &name)
{
    const int row = m_closures->rowCount();
    m_closures->insertRow(row);
    auto *dateItem = new QTableWidgetItem(date.toString(Qt::ISODate));
    dateItem->setData(Qt::UserRole, date);
    m_closures->setItem(row, 0, dateItem);
    m_closures->setItem(row, 1, new QTableWidgetItem(name));
}

void HoursPage::removeSelectedClosure()
{
    const int row = m_closures->currentRow();
    if (row < 0)
        return;
    m_closures->removeRow(row);
    emit changed();
}

void HoursPage::load(QSettings &, const EngineConfig &config)
{
    const LineRules &line = config.rules.defaultLine;
    const BusinessHours &hours = line.hours;
    m_zone->setCurrentText(QString::fromLatin1(hours.timeZone().id()));
    for (int d = 1; d <= 7; ++d) {
        Day &day = m_days.at(d - 1);
        day.loaded = hours.day(d);
        const bool open = !day.loaded.isEmpty();
        day.open->setChecked(open);
        day.from->setTime(open ? day.loaded.first().open : QTime(8, 0));
        day.to->setTime(open ? day.loaded.last().close : QTime(17, 0));
        day.from->setEnabled(open);
        day.to->setEnabled(open);
        if (day.loaded.size() > 1)
            day.open->setToolTip(tr("This day has a break; it is kept unless you change the "
                                    "times."));
        day.edited = false;
    }
    m_closures->setRowCount(0);
    for (const BusinessHours::Closure &c : hours.closures())
        addClosure(c.date, c.name);
    m_afterHoursOnly->setChecked(line.afterHoursOnly);
}

QString HoursPage::validate()
{
    QString problem;
    if (!QTimeZone(m_zone->currentText().trimmed().toLatin1()).isValid())
        problem
            = tr("\"%1\" is not a time zone; pick one from the list.").arg(m_zone->currentText());
    for (int d = 1; d <= 7 && problem.isEmpty(); ++d) {
        const Day &day = m_days.at(d - 1);
        if (!day.open->isChecked() || !day.edited)
            continue;
        const QTime from = day.from->time();
        const QTime to = day.to->time();
        if (to != QTime(0, 0) && to <= from)
            problem = tr("On %1 the closing time must be after the opening time.")
                          .arg(QLocale().dayName(d));
    }
    settingsui::showError(m_error, problem);
    return problem;
}

void HoursPage::save(QSettings &, EngineConfig &config)
{
    LineRules &line = config.rules.defaultLine;
    BusinessHours &hours = line.hours;
    hours.setTimeZone(QTimeZone(m_zone->currentText().trimmed().toLatin1()));
    for (int d = 1; d <= 7; ++d) {
        const Day &day = m_days.at(d - 1);
        if (!day.edited)
            hours.setDay(d, day.loaded);
        else if (!day.open->isChecked())
            hours.setDay(d, {});
        else
            hours.setDay(d, {BusinessHours::Range{day.from->time(), day.to->time()}});
    }
    QList<BusinessHours::Closure> closures;
    for (int row = 0; row < m_closures->rowCount(); ++row)
        closures << BusinessHours::Closure{m_closures->item(row, 0)->data(Qt::UserRole).toDate(),
                                           m_closures->item(row, 1)->text()};
    hours.setClosures(closures);
    line.afterHoursOnly = m_afterHoursOnly->isChecked();
}

} // namespace ringback::gui
