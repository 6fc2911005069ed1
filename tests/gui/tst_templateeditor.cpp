#include "gui/common/Format.h"
#include "gui/templates/TemplateCheck.h"
#include "gui/templates/TemplateEditorDialog.h"
#include "gui/templates/TemplatePreview.h"
#include "rules/RulesSettings.h"
#include "templates/DefaultTemplates.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>
#include <QToolButton>

#include <memory>

using namespace ringback;
using ringback::gui::TemplateEditorDialog;

// Drives the real template editor over a settings.ini in a temporary profile.
class TestTemplateEditor : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<TemplateEditorDialog> m_dialog;

    const QString kCompany = QStringLiteral("Acme Plumbing");

    QString defaultText(const char *id) const
    {
        return defaultTemplate(QString::fromLatin1(id))->text;
    }

    void open()
    {
        m_dialog = std::make_unique<TemplateEditorDialog>(m_path);
        m_dialog->setUnsavedChangesQuestion([] { return QMessageBox::Discard; });
        m_dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
    }

    QPlainTextEdit *edit() const { return m_dialog->editor(); }

    // Replaces the whole text by typing it.
    void retype(const QString &text)
    {
        edit()->selectAll();
        QTest::keyClick(edit(), Qt::Key_Delete);
        QTest::keyClicks(edit(), text);
        QCOMPARE(edit()->toPlainText(), text);
    }

    QStringList problems(const QString &prefix) const
    {
        QStringList out;
        const QListWidget *list = m_dialog->preview()->problemsList();
        for (int i = 0; i < list->count(); ++i) {
            const QString text = list->item(i)->text();
            if (text.startsWith(prefix))
                out << text;
        }
        return out;
    }

    // The extra format the highlighter put on character `position`.
    QTextCharFormat formatAt(int position) const
    {
        const QTextBlock block = edit()->document()->findBlock(position);
        const int inBlock = position - block.position();
        for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
            if (inBlock >= range.start && inBlock < range.start + range.length)
                return range.format;
        }
        return QTextCharFormat();
    }

    QString lengthLine() const { return m_dialog->preview()->lengthLabel()->text(); }

    bool saveReasonShown() const
    {
        return m_dialog->saveProblemLabel()->isVisibleTo(m_dialog.get());
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_path = m_dir->filePath(QStringLiteral("settings.ini"));
        QSettings s(m_path, QSettings::IniFormat);
        s.setValue(QStringLiteral("office/company_name"), kCompany);
        s.setValue(QStringLiteral("rules/min_ring_seconds"), 7);
        s.setValue(QStringLiteral("future/unknown_key"), QStringLiteral("keep me"));
    }

    void cleanup()
    {
        m_dialog.reset();
        m_dir.reset();
    }

    void listsEveryShippedTemplate()
    {
        open();
        QStringList ids;
        for (const DefaultTemplate &d : defaultTemplates())
            ids << d.id;
        QCOMPARE(m_dialog->templateIds(), ids);
        QCOMPARE(m_dialog->currentTemplateId(), QStringLiteral("general"));
        QCOMPARE(edit()->toPlainText(), defaultText("general"));
        QCOMPARE(m_dialog->templateList()->item(0)->text(), defaultTemplate(ids.first())->name);
        QVERIFY(!m_dialog->saveButton()->isEnabled()); // nothing to save yet
        QVERIFY(!m_dialog->restoreButton()->isEnabled());
        QVERIFY(!saveReasonShown());
        QCOMPARE(problems(QStringLiteral("Error")), QStringList());
    }

    void unknownVariableBlocksSave()
    {
        open();
        const QString text = QStringLiteral(
            "Hi {firstname}, this is {company}. What do you need? Reply STOP to opt out.");
        retype(text);
        QVERIFY(!m_dialog->saveButton()->isEnabled());
        QVERIFY(saveReasonShown());
        QVERIFY(!m_dialog->saveProblemLabel()->text().isEmpty());
        QCOMPARE(m_dialog->saveButton()->toolTip(), m_dialog->saveProblemLabel()->text());
        const QStringList errors = problems(QStringLiteral("Error: "));
        QCOMPARE(errors.size(), 1);
        QVERIFY2(errors.first().contains(QLatin1String("{firstname}")), qPrintable(errors.first()));
        QVERIFY(m_dialog->templateList()->item(0)->text().contains(QLatin1String("errors")));
        // Underlined where it is, in the error colour.
        const int at = int(text.indexOf(QLatin1String("{firstname}")));
        const QTextCharFormat format = formatAt(at + 3);
        QCOMPARE(format.underlineStyle(), QTextCharFormat::WaveUnderline);
        QCOMPARE(format.underlineColor(), gui::errorColor(edit()->palette()));
        QCOMPARE(formatAt(0).underlineStyle(), QTextCharFormat::NoUnderline);
        QVERIFY(!m_dialog->preview()->previewLabel()->text().contains(kCompany));

        // The problems list takes the editor there.
        QListWidget *list = m_dialog->preview()->problemsList();
        for (int i = 0; i < list->count(); ++i) {
            if (list->item(i)->text().startsWith(QLatin1String("Error: ")))
                emit list->itemActivated(list->item(i));
        }
        QCOMPARE(edit()->textCursor().selectedText(), QStringLiteral("{firstname}"));

        // Fix it: "{first_name}".
        QTextCursor cursor = edit()->textCursor();
        cursor.setPosition(at + int(qstrlen("{first")));
        edit()->setTextCursor(cursor);
        QTest::keyClick(edit(), Qt::Key_Underscore, Qt::ShiftModifier);
        QVERIFY(edit()->toPlainText().startsWith(QLatin1String("Hi {first_name},")));
        QVERIFY(m_dialog->saveButton()->isEnabled());
        QVERIFY(!saveReasonShown());
        QCOMPARE(problems(QStringLiteral("Error: ")), QStringList());
        QCOMPARE(formatAt(at + 3).underlineStyle(), QTextCharFormat::NoUnderline);
        QVERIFY(m_dialog->preview()->previewLabel()->text().contains(kCompany));
    }

    void emptyTextBlocksSave()
    {
        open();
        edit()->selectAll();
        QTest::keyClick(edit(), Qt::Key_Delete);
        QVERIFY(edit()->toPlainText().isEmpty());
        QVERIFY(!m_dialog->saveButton()->isEnabled());
        QCOMPARE(problems(QStringLiteral("Error: ")).size(), 1);
    }

    void promiseWarning()
    {
        open();
        const QString text = QStringLiteral("Hi, this is {company}. We can come today! What do "
                                            "you need? Reply STOP to opt out.");
        retype(text);
        const QStringList warnings = problems(QStringLiteral("Warning: "));
        QCOMPARE(warnings.size(), 1);
        QVERIFY(m_dialog->saveButton()->isEnabled()); // advice never blocks
        const int at = int(text.indexOf(QLatin1String("We can come today")));
        QCOMPARE(formatAt(at + 4).underlineStyle(), QTextCharFormat::DashUnderline);
        QCOMPARE(formatAt(at + 4).underlineColor(), edit()->palette().color(QPalette::Link));
        QCOMPARE(formatAt(at - 2).underlineStyle(), QTextCharFormat::NoUnderline);
        // The list is readable by a screen reader.
        QListWidget *list = m_dialog->preview()->problemsList();
        QCOMPARE(list->item(0)->data(Qt::AccessibleTextRole).toString(), warnings.first());
    }

    void segmentLine()
    {
        open();
        edit()->setPlainText(QString(160, QLatin1Char('a')));
        QCOMPARE(lengthLine(), QStringLiteral("GSM-7 · 1 segment · 0 characters left"));
        QTest::keyClicks(edit(), QStringLiteral("a"));
        QCOMPARE(edit()->toPlainText().size(), 161);
        QCOMPARE(lengthLine(), QStringLiteral("GSM-7 · 2 segments · 145 characters left"));
        QTest::keyClick(edit(), Qt::Key_Backspace);
        QCOMPARE(lengthLine(), QStringLiteral("GSM-7 · 1 segment · 0 characters left"));

        edit()->setPlainText(QStringLiteral("We'll call back. Reply STOP to opt out."));
        QVERIFY2(lengthLine().startsWith(QStringLiteral("GSM-7 · 1 segment · ")),
                 qPrintable(lengthLine()));
        QCOMPARE(problems(QStringLiteral("Note: ")), QStringList());
        // An emoji switches to UCS-2 and is named.
        edit()->moveCursor(QTextCursor::End);
        edit()->insertPlainText(QStringLiteral(" 🙂")); // as pasted: QTest types ASCII only
        QVERIFY2(lengthLine().startsWith(
                     QStringLiteral("Unicode (UCS-2) because of “🙂” · 1 segment")),
                 qPrintable(lengthLine()));
        QCOMPARE(problems(QStringLiteral("Note: ")).size(), 1);
        const int at = int(edit()->toPlainText().indexOf(QStringLiteral("🙂")));
        QCOMPARE(formatAt(at).underlineStyle(), QTextCharFormat::DotLine);

        // A curly apostrophe is named; a blank one by its code point.
        edit()->setPlainText(QStringLiteral("We’ll call back."));
        QVERIFY2(lengthLine().startsWith(QStringLiteral("Unicode (UCS-2) because of “’”")),
                 qPrintable(lengthLine()));
        QCOMPARE(gui::segmentLine(QStringLiteral("a\u00a0b")),
                 QStringLiteral("Unicode (UCS-2) because of “U+00A0” · 1 segment · 67 characters "
                                "left"));
        QCOMPARE(gui::segmentLine(QString(75, QLatin1Char('x')) + QStringLiteral("é€")),
                 QStringLiteral("GSM-7 · 1 segment · 82 characters left"));
    }

    void insertVariableAtCursor()
    {
        open();
        edit()->setPlainText(QStringLiteral("Hello  there"));
        QTextCursor cursor = edit()->textCursor();
        cursor.setPosition(6);
        edit()->setTextCursor(cursor);
        QMenu *menu = m_dialog->insertVariableButton()->menu();
        QVERIFY(menu);
        QStringList names;
        QAction *company = nullptr;
        for (QAction *action : menu->actions()) {
            names << action->data().toString();
            QVERIFY(!action->toolTip().isEmpty());
            QVERIFY(action->text().startsWith(QLatin1Char('{')));
            if (action->data().toString() == QLatin1String("company"))
                company = action;
        }
        QCOMPARE(names, templateVariableNames());
        QVERIFY(company);
        company->trigger();
        QCOMPARE(edit()->toPlainText(), QStringLiteral("Hello {company} there"));
        QCOMPARE(edit()->textCursor().position(), 15);
    }

    void previewIsPlainWithOfficeName()
    {
        open();
        QCOMPARE(m_dialog->previewValues().company, kCompany);
        retype(QStringLiteral("<b>hi</b> from {company}"));
        QLabel *preview = m_dialog->preview()->previewLabel();
        QCOMPARE(preview->textFormat(), Qt::PlainText);
        QCOMPARE(preview->text(), QStringLiteral("<b>hi</b> from ") + kCompany);
    }

    void previewUsesSampleNameWithoutOffice()
    {
        QSettings(m_path, QSettings::IniFormat).remove(QStringLiteral("office"));
        open();
        QCOMPARE(m_dialog->previewValues().company, sampleTemplateValues().company);
    }

    void savePersists()
    {
        open();
        QSignalSpy saved(m_dialog.get(), &TemplateEditorDialog::saved);
        const QString text = QStringLiteral("Hi {first_name}, {company} here. What's up? "
                                            "Reply STOP to opt out.");
        retype(text);
        QVERIFY(m_dialog->templateList()->item(0)->text().contains(QLatin1String("unsaved")));
        QTest::mouseClick(m_dialog->saveButton(), Qt::LeftButton);
        QCOMPARE(saved.count(), 1);
        QVERIFY(!m_dialog->hasUnsavedChanges());
        QVERIFY(!m_dialog->saveButton()->isEnabled());
        const QString item = m_dialog->templateList()->item(0)->text();
        QVERIFY2(item.contains(QLatin1String("customized"))
                     && !item.contains(QLatin1String("unsaved")),
                 qPrintable(item));

        QSettings fresh(m_path, QSettings::IniFormat);
        const EngineConfig config = RulesSettings::load(fresh);
        QCOMPARE(config.templates.value(QStringLiteral("general")), text);
        QCOMPARE(config.templates.value(QStringLiteral("holiday")), defaultText("holiday"));
        // Only the changed template was written; the rest is as it was.
        QCOMPARE(fresh.allKeys().size(), 4);
        QVERIFY(!fresh.contains(QStringLiteral("templates/holiday")));
        QCOMPARE(fresh.value(QStringLiteral("future/unknown_key")).toString(),
                 QStringLiteral("keep me"));
        QCOMPARE(fresh.value(QStringLiteral("rules/min_ring_seconds")).toInt(), 7);
        QCOMPARE(fresh.value(QStringLiteral("office/company_name")).toString(), kCompany);

        // Closing after a save does not ask.
        bool asked = false;
        m_dialog->setUnsavedChangesQuestion([&asked] {
            asked = true;
            return QMessageBox::Cancel;
        });
        m_dialog->reject();
        QVERIFY(!asked);
        QVERIFY(!m_dialog->isVisible());
    }

    void restoreDefaultRemovesOverride()
    {
        const QString custom = QStringLiteral("{company}: we missed you. What do you need? "
                                              "Reply STOP to opt out.");
        QSettings(m_path, QSettings::IniFormat)
            .setValue(QStringLiteral("templates/general"), custom);
        open();
        QCOMPARE(edit()->toPlainText(), custom);
        QVERIFY(m_dialog->templateList()->item(0)->text().contains(QLatin1String("customized")));
        QVERIFY(m_dialog->restoreButton()->isEnabled());
        auto *shown = m_dialog->findChild<QLabel *>(QStringLiteral("templateDefaultText"));
        QVERIFY(shown && shown->isVisibleTo(m_dialog.get()));
        QVERIFY(shown->text().contains(defaultText("general")));
        QVERIFY(m_dialog->restoreButton()->toolTip().contains(QLatin1String("Sorry we missed")));

        QTest::mouseClick(m_dialog->restoreButton(), Qt::LeftButton);
        QCOMPARE(edit()->toPlainText(), defaultText("general"));
        QVERIFY(!m_dialog->restoreButton()->isEnabled());
        QVERIFY(!shown->isVisibleTo(m_dialog.get()));
        QVERIFY(m_dialog->hasUnsavedChanges());
        // Undoable like any edit.
        edit()->undo();
        QCOMPARE(edit()->toPlainText(), custom);
        edit()->redo();
        QCOMPARE(edit()->toPlainText(), defaultText("general"));

        QVERIFY(m_dialog->save());
        QSettings fresh(m_path, QSettings::IniFormat);
        QVERIFY(!fresh.contains(QStringLiteral("templates/general")));
        QCOMPARE(RulesSettings::load(fresh).templates.value(QStringLiteral("general")),
                 defaultText("general"));
        QCOMPARE(m_dialog->templateList()->item(0)->text(),
                 defaultTemplate(QStringLiteral("general"))->name);
    }

    void editsSurviveSwitching()
    {
        open();
        const QString general = QStringLiteral("General draft from {company}?");
        const QString holiday = QStringLiteral("Holiday draft from {company}?");
        retype(general);
        m_dialog->setCurrentTemplate(QStringLiteral("holiday"));
        QCOMPARE(edit()->toPlainText(), defaultText("holiday"));
        retype(holiday);
        m_dialog->templateList()->setCurrentRow(0);
        QCOMPARE(m_dialog->currentTemplateId(), QStringLiteral("general"));
        QCOMPARE(edit()->toPlainText(), general);
        QCOMPARE(m_dialog->draftText(QStringLiteral("holiday")), holiday);
        edit()->undo(); // each template keeps its own undo history
        QVERIFY(edit()->toPlainText() != general);
        edit()->redo();
        QCOMPARE(edit()->toPlainText(), general);
        QVERIFY(m_dialog->saveButton()->isEnabled());

        QVERIFY(m_dialog->save());
        QSettings fresh(m_path, QSettings::IniFormat);
        const EngineConfig config = RulesSettings::load(fresh);
        QCOMPARE(config.templates.value(QStringLiteral("general")), general);
        QCOMPARE(config.templates.value(QStringLiteral("holiday")), holiday);
    }

    void errorInAnotherTemplateBlocksSave()
    {
        open();
        retype(QStringLiteral("Hi {firstname}"));
        m_dialog->setCurrentTemplate(QStringLiteral("after_hours"));
        QVERIFY(!m_dialog->saveButton()->isEnabled());
        QVERIFY(m_dialog->saveProblemLabel()->text().contains(
            defaultTemplate(QStringLiteral("general"))->name));
        QVERIFY(!m_dialog->save());
        QVERIFY(
            !QSettings(m_path, QSettings::IniFormat).contains(QStringLiteral("templates/general")));
    }

    void closingWithUnsavedChangesAsks()
    {
        open();
        const QString text = QStringLiteral("Changed by {company}?");
        retype(text);
        int asked = 0;
        QMessageBox::StandardButton answer = QMessageBox::Cancel;
        m_dialog->setUnsavedChangesQuestion([&] {
            ++asked;
            return answer;
        });
        m_dialog->reject();
        QCOMPARE(asked, 1);
        QVERIFY(m_dialog->isVisible()); // Cancel: stays open, draft kept
        QCOMPARE(edit()->toPlainText(), text);

        // Save with an error cannot save: stays open.
        retype(QStringLiteral("Hi {firstname}"));
        answer = QMessageBox::Save;
        m_dialog->reject();
        QCOMPARE(asked, 2);
        QVERIFY(m_dialog->isVisible());

        retype(text);
        m_dialog->reject();
        QCOMPARE(asked, 3);
        QVERIFY(!m_dialog->isVisible());
        QCOMPARE(RulesSettings::load(*std::make_unique<QSettings>(m_path, QSettings::IniFormat))
                     .templates.value(QStringLiteral("general")),
                 text);
    }

    void discardLeavesSettings()
    {
        open();
        retype(QStringLiteral("Thrown away, {company}?"));
        m_dialog->setUnsavedChangesQuestion([] { return QMessageBox::Discard; });
        m_dialog->reject();
        QVERIFY(!m_dialog->isVisible());
        QVERIFY(
            !QSettings(m_path, QSettings::IniFormat).contains(QStringLiteral("templates/general")));
    }

    void showsWhereEachTemplateIsUsed()
    {
        QSettings(m_path, QSettings::IniFormat)
            .setValue(QStringLiteral("templates/custom_id"), QStringLiteral("Mine, {company}?"));
        open();
        QCOMPARE(m_dialog->templateIds().last(), QStringLiteral("custom_id"));
        QCOMPARE(m_dialog->templateList()->count(), int(defaultTemplates().size()) + 1);
        auto *usage = m_dialog->findChild<QLabel *>(QStringLiteral("templateUsage"));
        QVERIFY(usage->text().contains(QLatin1String("during business hours")));
        m_dialog->setCurrentTemplate(QStringLiteral("after_hours"));
        QVERIFY(usage->text().contains(QLatin1String("outside business hours")));
        m_dialog->setCurrentTemplate(QStringLiteral("roofing"));
        QVERIFY(usage->text().contains(QLatin1String("Not sent automatically")));
        m_dialog->setCurrentTemplate(QStringLiteral("custom_id"));
        QCOMPARE(edit()->toPlainText(), QStringLiteral("Mine, {company}?"));
        QVERIFY(!m_dialog->restoreButton()->isEnabled()); // no shipped default
        QVERIFY(m_dialog->templateList()
                    ->item(m_dialog->templateList()->count() - 1)
                    ->text()
                    .contains(QLatin1String("customized")));
        // A clean template says so, rather than showing an empty list.
        m_dialog->setCurrentTemplate(QStringLiteral("general"));
        QListWidget *list = m_dialog->preview()->problemsList();
        QCOMPARE(list->count(), 1);
        QCOMPARE(list->item(0)->text(), QStringLiteral("No problems found."));
    }

    void previewUsesOfficeHours()
    {
        QSettings(m_path, QSettings::IniFormat)
            .setValue(QStringLiteral("hours/schedule"), QStringLiteral("mon 07:00-15:00"));
        open();
        QVERIFY(m_dialog->previewValues().businessHours != sampleTemplateValues().businessHours);
        QVERIFY(!m_dialog->previewValues().businessHours.isEmpty());
    }

    void underlinesFollowPalette()
    {
        open();
        retype(QStringLiteral("We can come today, {company}?"));
        QPalette palette = m_dialog->palette();
        const QColor link = palette.color(QPalette::Link) == QColor(Qt::darkGreen)
                                ? QColor(Qt::darkMagenta)
                                : QColor(Qt::darkGreen);
        palette.setColor(QPalette::Link, link);
        m_dialog->setPalette(palette);
        QCOMPARE(formatAt(3).underlineColor(), link);
    }

    void saveFailureIsShown()
    {
        // A settings path under a regular file can never be written.
        m_path = m_dir->filePath(QStringLiteral("settings.ini")) + QStringLiteral("/nested.ini");
        open();
        retype(QStringLiteral("Hello from {company}?"));
        QSignalSpy saved(m_dialog.get(), &TemplateEditorDialog::saved);
        QVERIFY(!m_dialog->save());
        QCOMPARE(saved.count(), 0);
        QVERIFY(saveReasonShown());
        QVERIFY(m_dialog->saveProblemLabel()->text().contains(QLatin1String("nested.ini")));
        QVERIFY(m_dialog->hasUnsavedChanges());
        QVERIFY(m_dialog->saveButton()->isEnabled()); // may be retried
    }

    void keyboardAndAccessibility()
    {
        open();
        retype(QStringLiteral("Hi {firstname}")); // shows the save problem line too
        const QList<QWidget *> widgets = m_dialog->findChildren<QWidget *>();
        for (QWidget *w : widgets) {
            if (w->isVisibleTo(m_dialog.get()) && (w->focusPolicy() & Qt::TabFocus)
                && !w->inherits("QScrollBar") && !w->inherits("QSplitterHandle"))
                QVERIFY2(!w->accessibleName().isEmpty(), w->metaObject()->className());
        }
        // Tab from the list reaches every control, the editor included.
        m_dialog->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_dialog.get()));
        m_dialog->templateList()->setFocus();
        QList<QWidget *> visited;
        for (int i = 0; i < 20; ++i) {
            visited << QApplication::focusWidget();
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        }
        QVERIFY(visited.contains(edit()));
        QVERIFY(visited.contains(m_dialog->insertVariableButton()));
        QVERIFY(visited.contains(m_dialog->preview()->previewLabel()));
        QVERIFY(visited.contains(m_dialog->preview()->problemsList()));
        QVERIFY(visited.contains(m_dialog->saveProblemLabel()));
        QVERIFY(!visited.contains(m_dialog->saveButton())); // disabled while there is an error
        const int afterEdit = int(visited.indexOf(edit())) + 1;
        QCOMPARE(visited.value(afterEdit), m_dialog->insertVariableButton());
        // Labels name their fields.
        const QList<QLabel *> labels = m_dialog->findChildren<QLabel *>();
        int buddies = 0;
        for (QLabel *label : labels)
            buddies += label->buddy() ? 1 : 0;
        QCOMPARE(buddies, 4); // templates, text, preview, problems
    }
};

QTEST_MAIN(TestTemplateEditor)
#include "tst_templateeditor.moc"
