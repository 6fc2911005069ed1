#include "gui/settings/OfficePage.h"

#include "engine/EngineConfig.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QRegularExpression>
#include <QRegularExpressionValidator>
#include <QSettings>

namespace ringback::gui {

namespace {

void addRow(QFormLayout *form, const QString &label, QWidget *editor, const QString &help)
{
    auto *caption = new QLabel(label, editor->parentWidget());
    caption->setBuddy(editor);
    editor->setAccessibleName(QString(label).remove(QLatin1Char('&')).remove(QLatin1Char(':')));
    editor->setAccessibleDescription(help);
    form->addRow(caption, editor);
    form->addRow(QString(), settingsui::helpLabel(help, editor->parentWidget()));
}

} // namespace

QString OfficePage::systemUserName()
{
    QString name = qEnvironmentVariable("USER");
    if (name.isEmpty())
        name = qEnvironmentVariable("USERNAME");
    return name;
}

OfficePage::OfficePage(QWidget *parent)
    : SettingsPage(parent)
    , m_company(new QLineEdit(this))
    , m_agent(new QLineEdit(this))
    , m_callback(new QLineEdit(this))
    , m_region(new QComboBox(this))
    , m_jobValue(new QDoubleSpinBox(this))
    , m_user(new QLineEdit(this))
    , m_error(settingsui::errorLabel(this))
{
    setObjectName(QStringLiteral("officePage"));
    m_company->setObjectName(QStringLiteral("companyName"));
    m_company->setMaxLength(80);
    m_agent->setObjectName(QStringLiteral("agentName"));
    m_agent->setMaxLength(60);
    m_callback->setObjectName(QStringLiteral("callbackWindow"));
    m_callback->setMaxLength(60);
    m_region->setObjectName(QStringLiteral("homeRegion"));
    m_region->setEditable(true);
    m_region->addItems({QStringLiteral("US"),
                        QStringLiteral("CA"),
                        QStringLiteral("MX"),
                        QStringLiteral("PR"),
                        QStringLiteral("GB"),
                        QStringLiteral("IE"),
                        QStringLiteral("AU"),
                        QStringLiteral("NZ"),
                        QStringLiteral("ES")});
    m_region->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("[A-Za-z]{0,2}")), m_region));
    m_jobValue->setObjectName(QStringLiteral("averageJobValue"));
    m_jobValue->setRange(0, 10000000);
    m_jobValue->setDecimals(0);
    m_jobValue->setSingleStep(50);
    m_jobValue->setPrefix(QLocale().currencySymbol() + QLatin1Char(' '));
    m_user->setObjectName(QStringLiteral("userName"));
    m_user->setMaxLength(60);
    m_error->setObjectName(QStringLiteral("officeError"));

    auto *form = new QFormLayout(this);
    addRow(form,
           tr("&Company name:"),
           m_company,
           tr("How texts name your business: {company} in the templates."));
    addRow(form,
           tr("&Signed by:"),
           m_agent,
           tr("Who signs the texts: {agent} in the templates. May be empty."));
    addRow(form,
           tr("Call-back &promise:"),
           m_callback,
           tr("When you promise to call back, e.g. \"within 30 minutes\": {callback_window}."));
    addRow(form,
           tr("Home &region:"),
           m_region,
           tr("Two-letter country code. Numbers typed without +country are read in it, and "
              "numbers outside it count as international."));
    addRow(form,
           tr("Average &job value:"),
           m_jobValue,
           tr("What a booked job is worth on average; the dashboard multiplies recovered "
              "leads by it."));
    addRow(form,
           tr("&Your name:"),
           m_user,
           tr("Shown as \"handled by\" on the leads you work on this computer."));
    form->addRow(m_error);
}

void OfficePage::load(QSettings &settings, const EngineConfig &config)
{
    m_company->setText(config.companyName);
    m_agent->setText(settings.value(agentNameKey(), config.agentName).toString());
    m_callback->setText(settings.value(callbackWindowKey(), config.callbackWindow).toString());
    m_region->setCurrentText(config.homeRegion);
    m_jobValue->setValue(settings.value(averageJobValueKey(), 0).toDouble());
    m_user->setText(settings.value(userNameKey(), systemUserName()).toString());
}

QString OfficePage::validate()
{
    QString problem;
    if (m_company->text().trimmed().isEmpty())
        problem = tr("Enter the company name: texts use it.");
    else if (m_region->currentText().trimmed().size() != 2)
        problem = tr("The home region must be a two-letter country code such as US.");
    settingsui::showError(m_error, problem);
    return problem;
}

void OfficePage::save(QSettings &settings, EngineConfig &config)
{
    config.companyName = m_company->text().trimmed();
    config.agentName = m_agent->text().trimmed();
    config.callbackWindow = m_callback->text().trimmed();
    config.homeRegion = m_region->currentText().trimmed().toUpper();
    settings.setValue(agentNameKey(), config.agentName);
    settings.setValue(callbackWindowKey(), config.callbackWindow);
    settings.setValue(averageJobValueKey(), m_jobValue->value());
    settings.setValue(userNameKey(), m_user->text().trimmed());
}

} // namespace ringback::gui
