// Settings › Provider's "Sign in with RingCentral…" against a fake
// RingCentral, offscreen: the button only for providers that can sign in, the
// browser (played by the test) sent to the sign-in page, the refresh token in
// the keychain (skipped, visibly, without an unlocked Secret Service), and
// the result in words.

#include "FakeRingCentral.h"
#include "credentials/SecretStore.h"
#include "gui/settings/ProviderForm.h"
#include "gui/settings/ProviderPage.h"
#include "gui/settings/ProviderSignIn.h"
#include "gui/settings/SecretField.h"
#include "gui/settings/SettingsDialog.h"
#include "profile/Profile.h"
#include "store/Database.h"

#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace ringback;
using namespace ringback::gui;

class TestSettingsSignIn : public QObject
{
    Q_OBJECT

    bool m_keychain = false;
    QTemporaryDir m_dir;
    Database m_db;
    QNetworkAccessManager m_network;

    std::unique_ptr<SettingsDialog> makeDialog()
    {
        SettingsContext context;
        context.profileDir = m_dir.path();
        context.database = &m_db;
        context.pluginPaths = qEnvironmentVariable("RINGBACK_PROVIDER_PATH")
                                  .split(QDir::listSeparator(), Qt::SkipEmptyParts);
        context.runningProviderId = QStringLiteral("simulator");
        return std::make_unique<SettingsDialog>(context);
    }

    // The browser at `url`: the redirect target (or 0) and the status.
    QPair<int, QUrl> browse(const QUrl &url)
    {
        QNetworkRequest request(url);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                             QNetworkRequest::ManualRedirectPolicy);
        std::unique_ptr<QNetworkReply> reply(m_network.get(request));
        QSignalSpy finished(reply.get(), &QNetworkReply::finished);
        if (!reply->isFinished() && !finished.wait(10000))
            return {};
        return {reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                QUrl::fromEncoded(reply->rawHeader("Location"))};
    }

    // The RingCentral form pointed at the fake; the "browser" only notes
    // the address it is asked to open.
    static ProviderForm *
    ringCentralForm(ProviderPage *page, const test::FakeRingCentral &fake, QUrl *opened)
    {
        if (!page->selectProvider(QStringLiteral("ringcentral")))
            return nullptr;
        ProviderForm *form = page->form(QStringLiteral("ringcentral"));
        qobject_cast<QLineEdit *>(form->editor(QStringLiteral("client_id")))
            ->setText(test::FakeRingCentral::clientId());
        qobject_cast<QLineEdit *>(form->editor(QStringLiteral("api_base_url")))
            ->setText(fake.baseUrl());
        // Any free port: the fixed default may be taken on a busy machine.
        qobject_cast<QDoubleSpinBox *>(form->editor(QStringLiteral("redirect_port")))->setValue(0);
        page->signInRunner()->openBrowser = [opened](const QUrl &url) {
            *opened = url;
            return true;
        };
        return form;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_db.open(Profile(m_dir.path()).databasePath(), QStringLiteral("tst-signin")));
        QTemporaryDir probeDir;
        SecretStore probe(probeDir.path());
        m_keychain
            = probe
                  .writeNow(
                      QStringLiteral("probe"), QStringLiteral("probe"), QStringLiteral("x"), 15000)
                  .isOk();
        if (m_keychain)
            probe.removeNow(QStringLiteral("probe"), QStringLiteral("probe"));
    }

    void cleanupTestCase()
    {
        if (m_keychain)
            SecretStore(m_dir.path())
                .removeNow(QStringLiteral("ringcentral"), QStringLiteral("refresh_token"));
    }

    void buttonOnlyForProvidersThatSignIn()
    {
        auto dialog = makeDialog();
        ProviderPage *page = dialog->providerPage();
        QVERIFY(page->selectProvider(QStringLiteral("simulator")));
        QVERIFY(!page->signInButton()->isVisibleTo(dialog.get()));
        QVERIFY(page->selectProvider(QStringLiteral("ringcentral")));
        QVERIFY(page->signInButton()->isVisibleTo(dialog.get()));
        QCOMPARE(page->signInButton()->text(), QStringLiteral("Sign in with RingCentral…"));
    }

    void signInKeepsTheRefreshTokenInTheKeychain()
    {
        test::FakeRingCentral fake;
        QVERIFY(fake.start());
        auto dialog = makeDialog();
        ProviderPage *page = dialog->providerPage();
        QUrl opened;
        ProviderForm *form = ringCentralForm(page, fake, &opened);
        QVERIFY(form);
        qobject_cast<QComboBox *>(form->editor(QStringLiteral("auth_mode")))
            ->setCurrentText(QStringLiteral("pkce"));
        QSignalSpy finished(page, &ProviderPage::signInFinished);
        page->signInButton()->click();
        QTRY_VERIFY(opened.isValid());
        QCOMPARE(page->signInButton()->text(), QStringLiteral("Cancel sign-in"));
        QVERIFY(!page->testButton()->isEnabled());
        const auto login = browse(opened);
        QCOMPARE(login.first, 302);
        QCOMPARE(browse(login.second).first, 200);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
        QCOMPARE(fake.authCodeGrants, 1);
        QVERIFY(page->testButton()->isEnabled());
        QCOMPARE(page->signInButton()->text(), QStringLiteral("Sign in with RingCentral…"));
        if (!m_keychain) {
            QVERIFY(!finished.first().at(0).toBool());
            QVERIFY(page->testResult()->text().contains(QLatin1String("keychain")));
            QSKIP("no unlocked Secret Service here (run under scripts/test.sh's keyring)");
        }
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
        QVERIFY(page->testResult()->text().startsWith(QLatin1String("Success: Signed in")));
        QVERIFY(form->secretField(QStringLiteral("refresh_token"))->isSaved());
        QCOMPARE(SecretStore(m_dir.path())
                     .readNow(QStringLiteral("ringcentral"), QStringLiteral("refresh_token"))
                     .secret,
                 fake.lastRefreshToken);
    }

    void cancelStopsWaiting()
    {
        test::FakeRingCentral fake;
        QVERIFY(fake.start());
        auto dialog = makeDialog();
        ProviderPage *page = dialog->providerPage();
        QUrl opened;
        ProviderForm *form = ringCentralForm(page, fake, &opened);
        QVERIFY(form);
        // With the JWT method the sign-in is refused in words, no browser.
        QSignalSpy finished(page, &ProviderPage::signInFinished);
        page->signInButton()->click();
        QTRY_COMPARE(finished.count(), 1);
        QVERIFY(!finished.first().at(0).toBool());
        QVERIFY(page->testResult()->text().contains(QLatin1String("pkce")));
        QVERIFY(!opened.isValid());
        qobject_cast<QComboBox *>(form->editor(QStringLiteral("auth_mode")))
            ->setCurrentText(QStringLiteral("pkce"));
        page->signInButton()->click();
        QTRY_VERIFY(opened.isValid());
        page->signInButton()->click(); // Cancel sign-in
        QVERIFY(!page->signInRunner()->isRunning());
        QCOMPARE(page->testResult()->text(), QStringLiteral("Sign-in cancelled."));
        const auto login = browse(opened);
        QCOMPARE(login.first, 302);
        QCOMPARE(browse(login.second).first, 0); // nobody listens any more
        QCOMPARE(fake.authCodeGrants, 0);
    }
};

QTEST_MAIN(TestSettingsSignIn)
#include "tst_settings_signin.moc"
