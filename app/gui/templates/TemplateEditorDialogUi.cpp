// The parts of TemplateEditorDialog that run once: reading the templates
// from the settings file and laying out the controls.
#include "gui/templates/TemplateEditorDialog.h"

#include "gui/common/Format.h"
#include "gui/templates/TemplateCheck.h"
#include "gui/templates/TemplateHighlighter.h"
#include "gui/templates/TemplatePreview.h"
#include "rules/RulesSettings.h"
#include "templates/DefaultTemplates.h"
#include "templates/TemplateOverrides.h"

#include <QBoxLayout>
#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QTextCursor>
#include <QTextDocument>
#include <QToolButton>

#include <algorithm>
#include <iterator>

namespace ringback::gui {

void TemplateEditorDialog::loadEntries()
{
    QSettings settings(m_settingsPath, QSettings::IniFormat);
    const EngineConfig config = RulesSettings::load(settings);
    const QHash<QString, QString> overrides = templateOverrides(settings);

    // The office's own name and hours where it set them, typical values else.
    m_values = sampleTemplateValues();
    if (settings.contains(QStringLiteral("office/company_name"))
        && !config.companyName.trimmed().isEmpty())
        m_values.company = config.companyName.trimmed();
    if (settings.contains(QStringLiteral("hours/schedule"))) {
        const QString hours = config.rules.defaultLine.hours.describe();
        if (!hours.isEmpty())
            m_values.businessHours = hours;
    }

    const TextBackRules &rules = config.rules;
    const auto usage = [&rules](const QString &id) {
        QStringList when;
        if (id == rules.businessHoursTemplate)
            when << tr("Sent after a missed call during business hours.");
        if (id == rules.afterHoursTemplate)
            when << tr("Sent after a missed call outside business hours.");
        if (id == rules.holidayTemplate)
            when << tr("Sent after a missed call on a closure day, such as a holiday.");
        if (when.isEmpty())
            when << tr("Not sent automatically with the current rules.");
        return when.join(QLatin1Char(' '));
    };

    for (const DefaultTemplate &shipped : defaultTemplates()) {
        Entry e;
        e.id = shipped.id;
        e.name = shipped.name;
        e.defaultText = shipped.text;
        e.savedText = overrides.value(shipped.id, shipped.text);
        e.usage = usage(e.id);
        m_entries << e;
    }
    QStringList others;
    for (auto it = overrides.begin(); it != overrides.end(); ++it) {
        if (!defaultTemplate(it.key()))
            others << it.key();
    }
    std::sort(others.begin(), others.end());
    for (const QString &id : std::as_const(others)) {
        Entry e;
        e.id = id;
        e.name = id;
        e.savedText = overrides.value(id);
        e.usage = usage(id);
        m_entries << e;
    }
}

void TemplateEditorDialog::buildUi()
{
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("templateList"));
    m_list->setAccessibleName(tr("Templates"));
    m_list->setWordWrap(true);
    m_list->setTextElideMode(Qt::ElideNone);
    m_list->setAccessibleDescription(
        tr("The automatic texts. Customized and unsaved ones say so."));
    for (int row = 0; row < m_entries.size(); ++row) {
        new QListWidgetItem(m_list);
        updateListItem(row);
    }
    auto *listCaption = new QLabel(tr("&Templates:"), this);
    listCaption->setBuddy(m_list);

    m_title = new QLabel(this);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setFont(boldFont(font()));
    m_usage = new QLabel(this);
    m_usage->setTextFormat(Qt::PlainText);
    m_usage->setWordWrap(true);
    m_usage->setObjectName(QStringLiteral("templateUsage"));

    m_edit = new QPlainTextEdit(this);
    m_edit->setObjectName(QStringLiteral("templateEdit"));
    m_edit->setAccessibleName(tr("Template text"));
    m_edit->setAccessibleDescription(
        tr("The text sent to callers. Variables in braces, such as {company}, are filled in when "
           "it is sent. Tab moves on to the next control."));
    m_edit->setTabChangesFocus(true);
    auto *editCaption = new QLabel(tr("Te&xt:"), this);
    editCaption->setBuddy(m_edit);

    m_insert = new QToolButton(this);
    m_insert->setObjectName(QStringLiteral("insertVariable"));
    m_insert->setText(tr("Insert &variable"));
    m_insert->setAccessibleName(tr("Insert variable"));
    m_insert->setToolTip(tr("Insert a variable at the cursor"));
    m_insert->setPopupMode(QToolButton::InstantPopup);
    m_insert->setFocusPolicy(Qt::StrongFocus);
    auto *menu = new QMenu(m_insert);
    menu->setToolTipsVisible(true);
    for (const QString &name : templateVariableNames()) {
        const QString token = QLatin1Char('{') + name + QLatin1Char('}');
        //: Menu item: a template variable and what it stands for, e.g. "{company} — business name".
        QAction *action = menu->addAction(tr("%1 — %2").arg(token, variableLabel(name)));
        action->setData(name);
        action->setToolTip(variableDescription(name));
        action->setStatusTip(variableDescription(name));
        connect(action, &QAction::triggered, this, [this, name] { insertVariable(name); });
    }
    m_insert->setMenu(menu);

    m_restore = new QPushButton(tr("&Restore default"), this);
    m_restore->setObjectName(QStringLiteral("restoreDefault"));
    m_restore->setAccessibleName(tr("Restore default"));
    m_restore->setAutoDefault(false);

    m_defaultText = new QLabel(this);
    m_defaultText->setObjectName(QStringLiteral("templateDefaultText"));
    m_defaultText->setAccessibleName(tr("Default text"));
    m_defaultText->setTextFormat(Qt::PlainText);
    m_defaultText->setWordWrap(true);
    m_defaultText->setForegroundRole(QPalette::PlaceholderText);
    m_defaultText->setTextInteractionFlags(Qt::TextSelectableByMouse
                                           | Qt::TextSelectableByKeyboard);
    m_defaultText->setFocusPolicy(Qt::StrongFocus);

    m_preview = new TemplatePreview(this);
    m_highlighter = new TemplateHighlighter(this);

    m_saveProblem = new QLabel(this);
    m_saveProblem->setObjectName(QStringLiteral("saveProblem"));
    m_saveProblem->setAccessibleName(tr("Why the templates cannot be saved"));
    m_saveProblem->setTextFormat(Qt::PlainText);
    m_saveProblem->setWordWrap(true);
    m_saveProblem->setTextInteractionFlags(Qt::TextSelectableByMouse
                                           | Qt::TextSelectableByKeyboard);
    m_saveProblem->setFocusPolicy(Qt::StrongFocus);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Close, this);
    m_save = buttons->button(QDialogButtonBox::Save);
    m_save->setObjectName(QStringLiteral("saveTemplates"));
    m_save->setAccessibleName(tr("Save templates"));
    m_close = buttons->button(QDialogButtonBox::Close);
    m_close->setAccessibleName(tr("Close"));
    // Enter belongs to the list and the editor; no button saves by accident.
    for (QPushButton *button : {m_save, m_close}) {
        button->setAutoDefault(false);
        button->setDefault(false);
    }

    auto *toolRow = new QHBoxLayout;
    toolRow->addWidget(editCaption);
    toolRow->addStretch(1);
    toolRow->addWidget(m_insert);
    toolRow->addWidget(m_restore);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(listCaption);
    leftLayout->addWidget(m_list);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_title);
    rightLayout->addWidget(m_usage);
    rightLayout->addLayout(toolRow);
    rightLayout->addWidget(m_edit, 2);
    rightLayout->addWidget(m_defaultText);
    rightLayout->addWidget(m_preview, 3);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({fontMetrics().averageCharWidth() * 36, 1000});

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_saveProblem, 1);
    bottom->addWidget(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addLayout(bottom);

    QWidget *order[] = {m_list,
                        m_edit,
                        m_insert,
                        m_restore,
                        m_defaultText,
                        m_preview->previewLabel(),
                        m_preview->lengthLabel(),
                        m_preview->problemsList(),
                        m_saveProblem,
                        m_save,
                        m_close};
    for (size_t i = 1; i < std::size(order); ++i)
        setTabOrder(order[i - 1], order[i]);

    connect(m_list, &QListWidget::currentRowChanged, this, &TemplateEditorDialog::showEntry);
    connect(m_edit, &QPlainTextEdit::textChanged, this, &TemplateEditorDialog::onTextChanged);
    connect(m_restore, &QPushButton::clicked, this, &TemplateEditorDialog::restoreDefault);
    connect(m_save, &QPushButton::clicked, this, &TemplateEditorDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &TemplateEditorDialog::reject);
    connect(m_preview, &TemplatePreview::problemActivated, this, [this](int start, int length) {
        QTextCursor cursor = m_edit->textCursor();
        cursor.setPosition(std::min(start, m_edit->document()->characterCount() - 1));
        cursor.setPosition(std::min(start + length, m_edit->document()->characterCount() - 1),
                           QTextCursor::KeepAnchor);
        m_edit->setTextCursor(cursor);
        m_edit->setFocus(Qt::OtherFocusReason);
    });
    updatePalette();
    resize(fontMetrics().averageCharWidth() * 130, fontMetrics().lineSpacing() * 42);
}

} // namespace ringback::gui
