#pragma once

#include "gui/settings/SettingsPage.h"
#include "rules/BusinessHours.h"

#include <array>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QLabel;
class QTableWidget;
class QTimeEdit;

namespace ringback::gui {

// Settings › Hours: the business's time zone, the weekly schedule (open or
// closed each weekday, from–to), closures such as holidays, and "text only
// after hours". Stored as RulesSettings' [hours] time_zone, schedule,
// closures and after_hours_only.
class HoursPage final : public SettingsPage
{
    Q_OBJECT

public:
    explicit HoursPage(QWidget *parent = nullptr);

    QString title() const override { return tr("Hours"); }
    void load(QSettings &settings, const EngineConfig &config) override;
    QString validate() override;
    void save(QSettings &settings, EngineConfig &config) override;

    // dayOfWeek 1 = Monday … 7 = Sunday.
    QCheckBox *openBox(int dayOfWeek) const { return m_days.at(dayOfWeek - 1).open; }
    QTimeEdit *fromEdit(int dayOfWeek) const { return m_days.at(dayOfWeek - 1).from; }
    QTimeEdit *toEdit(int dayOfWeek) const { return m_days.at(dayOfWeek - 1).to; }
    QComboBox *timeZone() const { return m_zone; }
    QTableWidget *closures() const { return m_closures; }
    QCheckBox *afterHoursOnly() const { return m_afterHoursOnly; }
    void addClosure(const QDate &date, const QString &name);

private:
    struct Day
    {
        QCheckBox *open = nullptr;
        QTimeEdit *from = nullptr;
        QTimeEdit *to = nullptr;
        QList<BusinessHours::Range> loaded; // kept as is (a lunch break) unless edited
        bool edited = false;
    };
    void removeSelectedClosure();

    QComboBox *m_zone;
    std::array<Day, 7> m_days;
    QTableWidget *m_closures;
    QDateEdit *m_closureDate;
    QLineEdit *m_closureName;
    QCheckBox *m_afterHoursOnly;
    QLabel *m_error;
};

} // namespace ringback::gui
