#pragma once

#include "engine/UrgencyRules.h"
#include "gui/settings/SettingsPage.h"

class QLabel;
class QTableWidget;

namespace ringback::gui {

// Settings › Urgency: the phrases that flag a reply as urgent, one rule a
// row (severity, label, comma-separated phrases). Checked with the same
// parser as settings.ini's [urgency] rules, whose messages show inline.
class UrgencyPage final : public SettingsPage
{
    Q_OBJECT

public:
    explicit UrgencyPage(QWidget *parent = nullptr);

    QString title() const override { return tr("Urgency"); }
    void load(QSettings &settings, const EngineConfig &config) override;
    QString validate() override;
    void save(QSettings &settings, EngineConfig &config) override;

    QTableWidget *table() const { return m_table; }
    void setRules(const QList<UrgencyRule> &rules);
    void addRule(int severity, const QString &label, const QString &phrases);
    void restoreDefaults();
    // The table as the text form parseUrgencyRules() reads, one row a line.
    QString rulesText() const;

private:
    Result<QList<UrgencyRule>> parsed() const;

    QTableWidget *m_table;
    QLabel *m_error;
};

} // namespace ringback::gui
