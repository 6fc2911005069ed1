#pragma once

#include "gui/settings/SettingsPage.h"

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;

namespace ringback::gui {

// Settings › Office: who the texts come from and who works the leads.
//   [office] company_name, agent_name, callback_window, home_region,
//            average_job_value (the dashboard's ROI line), user_name (shown
//            as "handled by"; default the computer's user name)
class OfficePage final : public SettingsPage
{
    Q_OBJECT

public:
    explicit OfficePage(QWidget *parent = nullptr);

    QString title() const override { return tr("Office"); }
    void load(QSettings &settings, const EngineConfig &config) override;
    QString validate() override;
    void save(QSettings &settings, EngineConfig &config) override;

    static QString averageJobValueKey() { return QStringLiteral("office/average_job_value"); }
    static QString userNameKey() { return QStringLiteral("office/user_name"); }
    static QString agentNameKey() { return QStringLiteral("office/agent_name"); }
    static QString callbackWindowKey() { return QStringLiteral("office/callback_window"); }
    // The computer's user name: the default "handled by" name.
    static QString systemUserName();

    QLineEdit *companyName() const { return m_company; }
    QLineEdit *agentName() const { return m_agent; }
    QLineEdit *callbackWindow() const { return m_callback; }
    QComboBox *homeRegion() const { return m_region; }
    QDoubleSpinBox *averageJobValue() const { return m_jobValue; }
    QLineEdit *userName() const { return m_user; }

private:
    QLineEdit *m_company;
    QLineEdit *m_agent;
    QLineEdit *m_callback;
    QComboBox *m_region;
    QDoubleSpinBox *m_jobValue;
    QLineEdit *m_user;
    QLabel *m_error;
};

} // namespace ringback::gui
