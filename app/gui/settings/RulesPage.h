#pragma once

#include "domain/Enums.h"
#include "gui/settings/SettingsPage.h"

#include <QHash>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QSpinBox;
class QTimeEdit;

namespace ringback::gui {

// Settings › Text-back rules: when a missed call gets an automatic text.
// Every control maps to one RulesSettings [rules] key and carries a one-line
// explanation.
class RulesPage final : public SettingsPage
{
    Q_OBJECT

public:
    explicit RulesPage(QWidget *parent = nullptr);

    QString title() const override { return tr("Text-back rules"); }
    void load(QSettings &settings, const EngineConfig &config) override;
    QString validate() override;
    void save(QSettings &settings, EngineConfig &config) override;

    QCheckBox *trigger(CallResult result) const { return m_triggers.value(result); }
    QDoubleSpinBox *dedupHours() const { return m_dedup; }
    QDoubleSpinBox *activeHours() const { return m_active; }
    QSpinBox *maxCatchUpMinutes() const { return m_catchUp; }
    QSpinBox *sendDelaySeconds() const { return m_delay; }
    QSpinBox *minRingSeconds() const { return m_minRing; }
    QCheckBox *textInternational() const { return m_international; }
    QComboBox *optOutScope() const { return m_scope; }
    QCheckBox *optOutHint() const { return m_hint; }
    QCheckBox *lineTypeLookup() const { return m_lineType; }
    QCheckBox *quietHours() const { return m_quiet; }
    QTimeEdit *quietFrom() const { return m_quietFrom; }
    QTimeEdit *quietTo() const { return m_quietTo; }
    QSpinBox *spamCalls() const { return m_spamCalls; }
    QSpinBox *spamMinutes() const { return m_spamMinutes; }
    // The template sent during business hours, after hours, on holidays.
    QComboBox *businessHoursTemplate() const { return m_templates[0]; }
    QComboBox *afterHoursTemplate() const { return m_templates[1]; }
    QComboBox *holidayTemplate() const { return m_templates[2]; }

private:
    void addRow(QFormLayout *form, const QString &label, QWidget *editor, const QString &help);
    QSpinBox *spin(const char *name, int min, int max, const QString &suffix);

    QHash<CallResult, QCheckBox *> m_triggers;
    QDoubleSpinBox *m_dedup;
    QDoubleSpinBox *m_active;
    QSpinBox *m_catchUp;
    QSpinBox *m_delay;
    QSpinBox *m_minRing;
    QCheckBox *m_international;
    QComboBox *m_scope;
    QCheckBox *m_hint;
    QCheckBox *m_lineType;
    QCheckBox *m_quiet;
    QTimeEdit *m_quietFrom;
    QTimeEdit *m_quietTo;
    QSpinBox *m_spamCalls;
    QSpinBox *m_spamMinutes;
    QComboBox *m_templates[3] = {};
    class QLabel *m_error;
};

} // namespace ringback::gui
