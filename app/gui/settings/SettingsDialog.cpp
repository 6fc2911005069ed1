#include "gui/settings/SettingsDialog.h"

#include "credentials/SecretStore.h"
#include "gui/settings/GeneralPage.h"
#include "gui/settings/HoursPage.h"
#include "gui/settings/NumbersPage.h"
#include "gui/settings/OfficePage.h"
#include "gui/settings/ProviderPage.h"
#include "gui/settings/RulesPage.h"
#include "gui/settings/UrgencyPage.h"
#include "profile/Profile.h"
#include "rules/RulesSettings.h"

#include <QBoxLayout>
#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>

namespace ringback::gui {

SettingsDialog::SettingsDialog(const SettingsContext &context, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_settingsPath(Profile(context.profileDir).settingsPath())
    , m_secrets(new SecretStore(Profile(context.profileDir).dir(), this))
    , m_list(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
    , m_status(new QLabel(this))
    , m_buttons(new QDialogButtonBox(
          QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Apply, this))
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    const QString profileDir = Profile(context.profileDir).dir();
    m_provider = new ProviderPage(
        profileDir, context.pluginPaths, context.runningProviderId, *m_secrets, this);
    m_office = new OfficePage(this);
    m_hours = new HoursPage(this);
    m_rules = new RulesPage(this);
    m_urgency = new UrgencyPage(this);
    m_numbers = new NumbersPage(context.database, this);
    m_general = new GeneralPage(profileDir, context.database, this);
    for (SettingsPage *page : std::initializer_list<SettingsPage *>{
             m_provider, m_office, m_hours, m_rules, m_urgency, m_numbers, m_general})
        addPage(page);

    m_list->setObjectName(QStringLiteral("settingsPages"));
    m_list->setAccessibleName(tr("Settings pages"));
    // As wide as the longest page name in the running language, no scrolling.
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setFixedWidth(m_list->sizeHintForColumn(0) + 2 * m_list->frameWidth()
                          + m_list->fontMetrics().horizontalAdvance(QStringLiteral("MM")));
    m_list->setCurrentRow(0);
    m_status->setObjectName(QStringLiteral("settingsStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_status->setAccessibleName(tr("Settings status"));

    auto *body = new QHBoxLayout;
    body->addWidget(m_list);
    body->addWidget(m_stack, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(body, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);

    connect(m_list, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    connect(applyButton(), &QPushButton::clicked, this, [this] { apply(); });
    load();
    resize(860, 600);
}

SettingsDialog::~SettingsDialog() = default;

QPushButton *SettingsDialog::applyButton() const
{
    return m_buttons->button(QDialogButtonBox::Apply);
}

void SettingsDialog::addPage(SettingsPage *page)
{
    m_pages.push_back(page);
    m_stack->addWidget(page);
    m_list->addItem(page->title());
}

void SettingsDialog::showPage(SettingsPage *page)
{
    const int index = m_stack->indexOf(page);
    if (index >= 0)
        m_list->setCurrentRow(index);
}

void SettingsDialog::load()
{
    QSettings settings(m_settingsPath, QSettings::IniFormat);
    const EngineConfig config = RulesSettings::load(settings);
    for (SettingsPage *page : m_pages)
        page->load(settings, config);
}

void SettingsDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!busy);
    applyButton()->setEnabled(!busy);
}

bool SettingsDialog::apply()
{
    if (m_busy)
        return false;
    for (SettingsPage *page : m_pages) {
        const QString problem = page->validate();
        if (!problem.isEmpty()) {
            showPage(page);
            //: %1 is a settings page ("Hours"), %2 what is wrong on it.
            m_status->setText(tr("Not saved. %1: %2").arg(page->title(), problem));
            m_closeAfterApply = false;
            return false;
        }
    }
    QSettings settings(m_settingsPath, QSettings::IniFormat);
    EngineConfig config = RulesSettings::load(settings);
    for (SettingsPage *page : m_pages)
        page->save(settings, config);
    RulesSettings::save(settings, config);
    settings.sync();
    if (settings.status() != QSettings::NoError) {
        m_status->setText(tr("Not saved: %1 cannot be written.").arg(m_settingsPath));
        m_closeAfterApply = false;
        return false;
    }
    m_restartMessages.clear();
    for (const QString &message : {m_provider->restartMessage(), m_general->restartMessage()}) {
        if (!message.isEmpty())
            m_restartMessages << message;
    }
    emit applied();
    setBusy(true);
    m_status->setText(tr("Saving…"));
    QPointer<SettingsDialog> self(this);
    m_provider->commitSecrets([self](bool ok, const QString &problem) {
        if (self)
            self->finishApply(ok, problem);
    });
    return true;
}

void SettingsDialog::finishApply(bool ok, const QString &problem)
{
    setBusy(false);
    if (!ok) {
        m_closeAfterApply = false;
        showPage(m_provider);
        m_status->setText(tr("Settings saved, but not the secret: %1").arg(problem));
        emit applyFinished(false, problem);
        return;
    }
    m_status->setText(m_restartMessages.isEmpty() ? tr("Saved.")
                                                  : m_restartMessages.join(QLatin1Char(' ')));
    emit applyFinished(true, QString());
    if (!m_restartMessages.isEmpty())
        emit restartNeeded(m_restartMessages);
    if (m_closeAfterApply)
        QDialog::accept();
}

void SettingsDialog::accept()
{
    m_closeAfterApply = true;
    if (!apply() && !m_busy)
        m_closeAfterApply = false;
}

} // namespace ringback::gui
