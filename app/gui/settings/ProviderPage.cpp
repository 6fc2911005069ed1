#include "gui/settings/ProviderPage.h"

#include "gui/settings/ConnectionTester.h"
#include "gui/settings/ProviderForm.h"
#include "gui/settings/ProviderSignIn.h"
#include "gui/settings/SecretField.h"
#include "profile/Profile.h"
#include "provider/ProviderTexts.h"

#include <QBoxLayout>
#include <QComboBox>
#include <QLabel>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>

namespace ringback::gui {

ProviderPage::ProviderPage(const QString &profileDir,
                           const QStringList &pluginPaths,
                           const QString &runningProviderId,
                           SecretStore &secrets,
                           QWidget *parent)
    : SettingsPage(parent)
    , m_profileDir(profileDir)
    , m_runningId(runningProviderId)
    , m_secrets(secrets)
    , m_tester(nullptr)
    , m_signInRunner(nullptr)
    , m_combo(new QComboBox(this))
    , m_description(new QLabel(this))
    , m_scroll(new QScrollArea(this))
    , m_test(new QPushButton(tr("&Test connection"), this))
    , m_signIn(new QPushButton(this))
    , m_busy(new QProgressBar(this))
    , m_result(new QLabel(this))
    , m_restartNote(new QLabel(this))
{
    setObjectName(QStringLiteral("providerPage"));
    m_loader.scan(pluginPaths.isEmpty() ? PluginLoader::defaultSearchPaths() : pluginPaths);
    m_tester = new ConnectionTester(m_loader, this);
    m_signInRunner = new ProviderSignIn(m_loader, m_secrets, this);

    auto *choose = new QLabel(tr("&Provider:"), this);
    choose->setBuddy(m_combo);
    m_combo->setObjectName(QStringLiteral("providerCombo"));
    m_combo->setAccessibleName(tr("Provider"));
    m_combo->setAccessibleDescription(tr("The phone and texting service Ringback works with."));
    for (const ProviderInfo &info : m_loader.providers()) {
        m_combo->addItem(ProviderTexts::name(info), info.id);
        auto *form = new ProviderForm(info, m_secrets, this);
        connect(form, &ProviderForm::changed, this, &ProviderPage::changed);
        connect(form, &ProviderForm::changed, this, &ProviderPage::updateRestartNote);
        m_forms.push_back(form);
        form->hide();
    }
    m_description->setObjectName(QStringLiteral("providerDescription"));
    m_description->setTextFormat(Qt::PlainText);
    m_description->setWordWrap(true);

    m_test->setObjectName(QStringLiteral("testConnectionButton"));
    m_test->setAccessibleName(tr("Test connection"));
    m_test->setToolTip(tr("Checks the values in this form with the provider, without saving."));
    m_test->setAutoDefault(false);
    m_signIn->setObjectName(QStringLiteral("signInButton"));
    m_signIn->setAutoDefault(false);
    m_signIn->setToolTip(tr("Opens the provider's sign-in page in your web browser and keeps the "
                            "sign-in in the system keychain."));
    m_busy->setObjectName(QStringLiteral("testBusy"));
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumWidth(120);
    m_busy->setAccessibleName(tr("Testing the connection"));
    m_busy->hide();
    m_result->setObjectName(QStringLiteral("testResult"));
    m_result->setTextFormat(Qt::PlainText);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_restartNote->setObjectName(QStringLiteral("restartNote"));
    m_restartNote->setTextFormat(Qt::PlainText);
    m_restartNote->setWordWrap(true);
    QFont bold = m_restartNote->font();
    bold.setBold(true);
    m_restartNote->setFont(bold);
    m_restartNote->hide();

    QScrollArea *scroll = m_scroll;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    // Tab goes to the fields inside (the area scrolls to the focused one),
    // not to the area itself.
    scroll->setFocusPolicy(Qt::NoFocus);
    scroll->setAccessibleName(tr("Provider settings"));

    auto *top = new QHBoxLayout;
    top->addWidget(choose);
    top->addWidget(m_combo, 1);
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_test);
    testRow->addWidget(m_signIn);
    testRow->addWidget(m_busy);
    testRow->addWidget(m_result, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_description);
    layout->addWidget(m_restartNote);
    layout->addWidget(scroll, 1);
    layout->addLayout(testRow);

    connect(m_combo, &QComboBox::currentIndexChanged, this, [this] {
        showSelected();
        emit changed();
    });
    connect(m_test, &QPushButton::clicked, this, &ProviderPage::testConnection);
    connect(m_signIn, &QPushButton::clicked, this, &ProviderPage::signIn);
    connect(m_signInRunner, &ProviderSignIn::secretSaved, this, [this](const QString &field) {
        if (ProviderForm *f = currentForm()) {
            if (SecretField *secret = f->secretField(field))
                secret->setSaved(true);
        }
    });
    connect(
        m_signInRunner, &ProviderSignIn::finished, this, [this](bool ok, const QString &message) {
            m_busy->hide();
            m_test->setEnabled(true);
            updateSignInButton();
            showResult(ok ? tr("Success: %1").arg(message) : tr("Failed: %1").arg(message));
            emit signInFinished(ok, message);
        });
    connect(m_tester, &ConnectionTester::finished, this, [this](bool ok, const QString &message) {
        m_busy->hide();
        m_test->setEnabled(true);
        //: The result of "Test connection"; %1 says what worked or what is wrong.
        const QString text = ok ? tr("Success: %1").arg(message) : tr("Failed: %1").arg(message);
        m_result->setText(text);
        m_result->setAccessibleName(text);
        emit testFinished(ok, message);
    });
    if (m_forms.empty())
        m_description->setText(tr("No provider plugin is installed."));
    showSelected();
}

ProviderPage::~ProviderPage() = default;

QString ProviderPage::selectedProviderId() const
{
    return m_combo->currentData().toString();
}

bool ProviderPage::selectProvider(const QString &id)
{
    const int index = m_combo->findData(id);
    if (index < 0)
        return false;
    m_combo->setCurrentIndex(index);
    return true;
}

ProviderForm *ProviderPage::form(const QString &id) const
{
    for (ProviderForm *f : m_forms) {
        if (f->info().id == id)
            return f;
    }
    return nullptr;
}

ProviderForm *ProviderPage::currentForm() const
{
    return form(selectedProviderId());
}

void ProviderPage::showSelected()
{
    m_tester->cancel();
    m_signInRunner->cancel();
    updateSignInButton();
    m_busy->hide();
    m_test->setEnabled(!m_forms.empty());
    m_result->clear();
    if (ProviderForm *f = currentForm()) {
        if (m_scroll->widget() != f) {
            if (QWidget *shown = m_scroll->takeWidget()) {
                shown->setParent(this); // kept with its edits, hidden
                shown->hide();
            }
            m_scroll->setWidget(f);
            f->show();
        }
        m_description->setText(ProviderTexts::description(f->info()));
    }
    updateRestartNote();
}

void ProviderPage::updateRestartNote()
{
    const ProviderForm *f = currentForm();
    QString note;
    const QString active = m_runningId.isEmpty() ? m_savedId : m_runningId;
    if (f && f->info().id != active)
        note = tr("Ringback will switch to %1 when you restart it.")
                   .arg(ProviderTexts::name(f->info()));
    else if (f && f->isDirty())
        note = tr("The new %1 settings take effect when you restart Ringback.")
                   .arg(ProviderTexts::name(f->info()));
    m_restartNote->setText(note);
    m_restartNote->setVisible(!note.isEmpty());
}

void ProviderPage::load(QSettings &settings, const EngineConfig &)
{
    m_savedId
        = settings.value(QStringLiteral("provider/id"), QStringLiteral("simulator")).toString();
    for (ProviderForm *f : m_forms) {
        QVariantMap saved;
        settings.beginGroup(QStringLiteral("provider/") + f->info().id);
        for (const QString &key : settings.childKeys())
            saved.insert(key, settings.value(key));
        settings.endGroup();
        f->load(saved);
    }
    if (!selectProvider(m_savedId) && !m_forms.empty())
        m_combo->setCurrentIndex(0);
    showSelected();
}

QString ProviderPage::validate()
{
    ProviderForm *f = currentForm();
    return f ? f->validate() : QString();
}

void ProviderPage::save(QSettings &settings, EngineConfig &)
{
    ProviderForm *f = currentForm();
    if (!f)
        return;
    const QString active = m_runningId.isEmpty() ? m_savedId : m_runningId;
    if (f->info().id != active)
        m_restartMessage = tr("Ringback will switch to %1 when you restart it.")
                               .arg(ProviderTexts::name(f->info()));
    else if (f->isDirty())
        m_restartMessage = tr("The new %1 settings take effect when you restart Ringback.")
                               .arg(ProviderTexts::name(f->info()));
    settings.setValue(QStringLiteral("provider/id"), f->info().id);
    f->saveTo(settings);
}

void ProviderPage::commitSecrets(std::function<void(bool, const QString &)> done)
{
    ProviderForm *f = currentForm();
    if (!f) {
        done(true, QString());
        return;
    }
    f->commitSecrets([this, f, done](bool ok, const QString &problem) {
        if (ok)
            f->setClean();
        updateRestartNote();
        done(ok, problem);
    });
}

QString ProviderPage::restartMessage() const
{
    return m_restartMessage;
}

void ProviderPage::testConnection()
{
    ProviderForm *f = currentForm();
    if (!f)
        return;
    const QString problem = f->validate();
    if (!problem.isEmpty()) {
        const QString text = tr("Failed: %1").arg(problem);
        m_result->setText(text);
        m_result->setAccessibleName(text);
        emit testFinished(false, problem);
        return;
    }
    m_test->setEnabled(false);
    m_busy->show();
    m_result->setText(tr("Testing the connection…"));
    const QString id = f->info().id;
    QPointer<ProviderPage> self(this);
    f->collectForTest([this, self, id](const QJsonObject &values, const QString &secretProblem) {
        if (!self)
            return;
        ProviderForm *form = this->form(id);
        if (!form || selectedProviderId() != id)
            return;
        if (!secretProblem.isEmpty()) {
            m_busy->hide();
            m_test->setEnabled(true);
            const QString text = tr("Failed: %1").arg(secretProblem);
            m_result->setText(text);
            m_result->setAccessibleName(text);
            emit testFinished(false, secretProblem);
            return;
        }
        m_tester->run(form->info(), values, Profile(m_profileDir).providerDataDir(id));
    });
}

} // namespace ringback::gui

namespace ringback::gui {

void ProviderPage::showResult(const QString &text)
{
    m_result->setText(text);
    m_result->setAccessibleName(text);
}

void ProviderPage::updateSignInButton()
{
    const ProviderForm *f = currentForm();
    const bool can = f && f->info().hasCapability(QStringLiteral("interactive_sign_in"));
    m_signIn->setVisible(can);
    if (!can)
        return;
    const QString text = m_signInRunner->isRunning()
                             ? tr("Cancel sign-in")
                             //: %1 is the provider's name, e.g. RingCentral
                             : tr("Sign in with %1…").arg(ProviderTexts::name(f->info()));
    m_signIn->setText(text);
    m_signIn->setAccessibleName(text);
}

void ProviderPage::signIn()
{
    ProviderForm *f = currentForm();
    if (!f)
        return;
    if (m_signInRunner->isRunning()) {
        m_signInRunner->cancel();
        m_busy->hide();
        m_test->setEnabled(true);
        updateSignInButton();
        showResult(tr("Sign-in cancelled."));
        return;
    }
    m_tester->cancel();
    m_test->setEnabled(false);
    m_busy->show();
    showResult(tr("Finish the sign-in in your web browser…"));
    const QString id = f->info().id;
    QPointer<ProviderPage> self(this);
    f->collectForTest([this, self, id](const QJsonObject &values, const QString &) {
        if (!self)
            return;
        ProviderForm *form = this->form(id);
        if (!form || selectedProviderId() != id)
            return;
        m_signInRunner->run(form->info(), values, Profile(m_profileDir).providerDataDir(id));
        updateSignInButton();
    });
}

} // namespace ringback::gui
