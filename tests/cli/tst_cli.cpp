// Drives the real `ringback` program the way scripts do: the command line and
// the export format are public contracts.

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

class TestCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static QProcessEnvironment noDisplay()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"),
                   QStringLiteral("xcb")); // would abort if a QApplication were made
        return env;
    }
    struct Output
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    static Output run(const QStringList &args,
                      const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
    {
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(RINGBACK_EXE), args);
        if (!p.waitForFinished(60000))
            p.kill();
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }
    QString writeConfig(const QString &name, const QJsonObject &config)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (f.open(QIODevice::WriteOnly))
            f.write(QJsonDocument(config).toJson());
        return path;
    }

private slots:
    void versionWithoutDisplay()
    {
        const Output o = run({QStringLiteral("--version")}, noDisplay());
        QCOMPARE(o.exitCode, 0);
        QVERIFY2(o.out.startsWith(QLatin1String("Ringback ")), qPrintable(o.out));
    }

    void helpListsEveryOption()
    {
        const Output o = run({QStringLiteral("--help")}, noDisplay());
        QCOMPARE(o.exitCode, 0);
        for (const char *option : {"--profile",
                                   "--headless",
                                   "--provider",
                                   "--provider-config",
                                   "--export",
                                   "--version",
                                   "--help"})
            QVERIFY2(o.out.contains(QLatin1String(option)), option);
    }

    void helpNamesTheProgramAndFollowsTheLanguage()
    {
        const Output o = run({QStringLiteral("--help")}, noDisplay());
        QVERIFY2(o.out.contains(QLatin1String("ringback [options]")), qPrintable(o.out));
        QVERIFY2(!o.out.contains(QLatin1Char('<') + QLatin1String("executable_name>")),
                 qPrintable(o.out));

        const QString profile = m_dir.filePath(QStringLiteral("spanish"));
        QVERIFY(QDir().mkpath(profile));
        QSettings settings(profile + QStringLiteral("/settings.ini"), QSettings::IniFormat);
        settings.setValue(QStringLiteral("ui/language"), QStringLiteral("es"));
        settings.sync();
        const Output es
            = run({QStringLiteral("--profile"), profile, QStringLiteral("--help")}, noDisplay());
        QCOMPARE(es.exitCode, 0);
        QVERIFY2(es.out.contains(QStringLiteral("Muestra esta ayuda y termina.")),
                 qPrintable(es.out));
    }

    void badArgumentsFail()
    {
        const Output o = run({QStringLiteral("--frobnicate")}, noDisplay());
        QCOMPARE(o.exitCode, 2);
        QVERIFY(o.err.contains(QLatin1String("frobnicate")));
    }

    void badProviderConfigIsExplained()
    {
        const QString profile = m_dir.filePath(QStringLiteral("bad-config"));
        const QString config
            = writeConfig(QStringLiteral("bad.json"), {{QStringLiteral("calls_per_min"), 3}});
        const Output o = run({QStringLiteral("--headless"),
                              QStringLiteral("--profile"),
                              profile,
                              QStringLiteral("--provider"),
                              QStringLiteral("simulator"),
                              QStringLiteral("--provider-config"),
                              config});
        QCOMPARE(o.exitCode, 1);
        QVERIFY2(o.err.contains(QLatin1String("calls_per_min")), qPrintable(o.err));
        const Output unknown = run({QStringLiteral("--headless"),
                                    QStringLiteral("--profile"),
                                    profile,
                                    QStringLiteral("--provider"),
                                    QStringLiteral("nosuch")});
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY2(unknown.err.contains(QLatin1String("simulator")),
                 qPrintable(unknown.err)); // lists what exists
    }

    void headlessRunThenExport()
    {
        const QString profile = m_dir.filePath(QStringLiteral("headless"));
        const QString config = writeConfig(QStringLiteral("sim.json"),
                                           {{QStringLiteral("calls_per_minute"), 240},
                                            {QStringLiteral("reply_delay_seconds"), 0.2},
                                            {QStringLiteral("seed"), 42}});
        QProcess engine;
        engine.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        engine.start(QStringLiteral(RINGBACK_EXE),
                     {QStringLiteral("--headless"),
                      QStringLiteral("--profile"),
                      profile,
                      QStringLiteral("--provider"),
                      QStringLiteral("simulator"),
                      QStringLiteral("--provider-config"),
                      config});
        QVERIFY(engine.waitForStarted());
        QTest::qWait(6000);
        QCOMPARE(engine.state(), QProcess::Running);

        // A second engine on the same profile refuses to start.
        const Output second
            = run({QStringLiteral("--headless"), QStringLiteral("--profile"), profile});
        QCOMPARE(second.exitCode, 1);
        QVERIFY2(second.err.contains(QLatin1String("already running")), qPrintable(second.err));

        ::kill(pid_t(engine.processId()), SIGTERM);
        QVERIFY(engine.waitForFinished(15000));
        QCOMPARE(engine.exitStatus(), QProcess::NormalExit);
        QCOMPARE(engine.exitCode(), 0);

        const QString exportPath = m_dir.filePath(QStringLiteral("out.json"));
        const Output exported
            = run({QStringLiteral("--profile"), profile, QStringLiteral("--export"), exportPath},
                  noDisplay());
        QCOMPARE(exported.exitCode, 0);
        QFile file(exportPath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QJsonParseError error{};
        const QJsonObject doc = QJsonDocument::fromJson(file.readAll(), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(doc.value(QLatin1String("format")).toString(), QStringLiteral("ringback-export"));
        QCOMPARE(doc.value(QLatin1String("version")).toInt(), 1);
        QVERIFY(doc.value(QLatin1String("exported_at")).toString().endsWith(QLatin1Char('Z')));
        const QJsonArray conversations = doc.value(QLatin1String("conversations")).toArray();
        QVERIFY(!conversations.isEmpty());

        int missed = 0, texted = 0, answered = 0;
        QSet<QString> autoBodies;
        int autoSent = 0; // accepted by the provider (a queued one may be left at shutdown)
        for (const QJsonValue &cv : conversations) {
            const QJsonObject c = cv.toObject();
            for (const char *key : {"contact_number",
                                    "business_number",
                                    "display_name",
                                    "lead_state",
                                    "urgent",
                                    "urgency_reason",
                                    "opt_out",
                                    "opt_out_reason",
                                    "calls",
                                    "messages"})
                QVERIFY2(c.contains(QLatin1String(key)), key);
            int textedCalls = 0;
            for (const QJsonValue &call : c.value(QLatin1String("calls")).toArray()) {
                const QJsonObject o = call.toObject();
                const QString result = o.value(QLatin1String("result")).toString();
                const QString decision = o.value(QLatin1String("decision")).toString();
                QVERIFY(!o.value(QLatin1String("decision_reason")).toString().isEmpty());
                QVERIFY(o.value(QLatin1String("started_at")).toString().endsWith(QLatin1Char('Z')));
                if (result == QLatin1String("answered")) {
                    ++answered;
                    QCOMPARE(decision, QStringLiteral("not_applicable")); // no answered call texted
                } else {
                    ++missed;
                    QVERIFY(decision == QLatin1String("texted")
                            || decision == QLatin1String("held"));
                    textedCalls += decision == QLatin1String("texted") ? 1 : 0;
                }
            }
            int autoTexts = 0;
            for (const QJsonValue &message : c.value(QLatin1String("messages")).toArray()) {
                const QJsonObject m = message.toObject();
                if (m.value(QLatin1String("kind")).toString() == QLatin1String("auto")) {
                    ++autoTexts;
                    autoBodies.insert(m.value(QLatin1String("body")).toString());
                    const QString status = m.value(QLatin1String("status")).toString();
                    autoSent
                        += status == QLatin1String("sent") || status == QLatin1String("delivered")
                               ? 1
                               : 0;
                }
                QVERIFY(QSet<QString>({QStringLiteral("in"), QStringLiteral("out")})
                            .contains(m.value(QLatin1String("direction")).toString()));
            }
            // Each texted missed call has exactly one automatic text; the
            // de-duplication window means at most one per caller here.
            QCOMPARE(autoTexts, textedCalls);
            QVERIFY(autoTexts <= 1);
            texted += textedCalls;
        }
        QVERIFY2(missed > 0 && answered > 0 && texted > 0,
                 qPrintable(QStringLiteral("missed %1 answered %2 texted %3")
                                .arg(missed)
                                .arg(answered)
                                .arg(texted)));

        // The simulator's carrier log: no caller received two automatic openers.
        QFile log(profile + QLatin1String("/providers/simulator/sent.jsonl"));
        QVERIFY(log.open(QIODevice::ReadOnly));
        QSet<QString> openerTo;
        while (!log.atEnd()) {
            const QJsonObject entry = QJsonDocument::fromJson(log.readLine()).object();
            if (!autoBodies.contains(entry.value(QLatin1String("body")).toString()))
                continue;
            const QString to = entry.value(QLatin1String("to")).toString();
            QVERIFY2(!openerTo.contains(to), qPrintable(to));
            openerTo.insert(to);
        }
        QCOMPARE(openerTo.size(), autoSent);
        QVERIFY(autoSent > 0 && autoSent <= texted);

        // CSV: a header and one row per message.
        const QString csvPath = m_dir.filePath(QStringLiteral("out.csv"));
        QCOMPARE(run({QStringLiteral("--profile"), profile, QStringLiteral("--export"), csvPath},
                     noDisplay())
                     .exitCode,
                 0);
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QVERIFY(
            csv.readLine().startsWith("contact_number,business_number,display_name,lead_state"));
    }

    void exportRefusesUnknownSuffix()
    {
        const Output o = run({QStringLiteral("--profile"),
                              m_dir.filePath(QStringLiteral("headless")),
                              QStringLiteral("--export"),
                              m_dir.filePath(QStringLiteral("out.xlsx"))},
                             noDisplay());
        QCOMPARE(o.exitCode, 1);
        QVERIFY(o.err.contains(QLatin1String(".json or .csv")));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
