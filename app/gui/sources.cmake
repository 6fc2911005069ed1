# The windows of Ringback (namespace ringback::gui), compiled into
# ringback_gui by app/CMakeLists.txt. Paths are relative to app/; the
# folders are described in gui/README.md.
set(RINGBACK_GUI_SOURCES
    gui/common/Format.cpp gui/common/Format.h
    gui/dashboard/DashboardChart.cpp gui/dashboard/DashboardChart.h
    gui/dashboard/DashboardTable.cpp gui/dashboard/DashboardTable.h
    gui/dashboard/DashboardView.cpp gui/dashboard/DashboardView.h
    gui/dashboard/FigureTile.cpp gui/dashboard/FigureTile.h
    gui/inbox/ConversationDelegate.cpp gui/inbox/ConversationDelegate.h
    gui/inbox/ConversationListModel.cpp gui/inbox/ConversationListModel.h
    gui/inbox/ConversationSearch.cpp gui/inbox/ConversationSearch.h
    gui/inbox/SearchField.cpp gui/inbox/SearchField.h
    gui/notifications/NotificationBanner.cpp gui/notifications/NotificationBanner.h
    gui/notifications/NotificationPolicy.cpp gui/notifications/NotificationPolicy.h
    gui/notifications/TrayNotifier.cpp gui/notifications/TrayNotifier.h
    gui/queue/BookDialog.cpp gui/queue/BookDialog.h
    gui/queue/QueueModel.cpp gui/queue/QueueModel.h
    gui/queue/QueuePrint.cpp gui/queue/QueuePrint.h
    gui/queue/QueueView.cpp gui/queue/QueueView.h
    gui/settings/ConnectionTester.cpp gui/settings/ConnectionTester.h
    gui/settings/GeneralPage.cpp gui/settings/GeneralPage.h
    gui/settings/HoursPage.cpp gui/settings/HoursPage.h
    gui/settings/NumberImport.cpp gui/settings/NumberImport.h
    gui/settings/NumbersPage.cpp gui/settings/NumbersPage.h
    gui/settings/OfficePage.cpp gui/settings/OfficePage.h
    gui/settings/ProviderForm.cpp gui/settings/ProviderForm.h
    gui/settings/ProviderPage.cpp gui/settings/ProviderPage.h
    gui/settings/ProviderSignIn.cpp gui/settings/ProviderSignIn.h
    gui/settings/RulesPage.cpp gui/settings/RulesPage.h
    gui/settings/SecretField.cpp gui/settings/SecretField.h
    gui/settings/SettingsDialog.cpp gui/settings/SettingsDialog.h
    gui/settings/SettingsPage.cpp gui/settings/SettingsPage.h
    gui/settings/UrgencyPage.cpp gui/settings/UrgencyPage.h
    gui/templates/TemplateCheck.cpp gui/templates/TemplateCheck.h
    gui/templates/TemplateEditorDialog.cpp gui/templates/TemplateEditorDialog.h
    gui/templates/TemplateEditorDialogUi.cpp
    gui/templates/TemplateHighlighter.cpp gui/templates/TemplateHighlighter.h
    gui/templates/TemplatePreview.cpp gui/templates/TemplatePreview.h
    gui/thread/LeadPanel.cpp gui/thread/LeadPanel.h
    gui/thread/MediaCache.cpp gui/thread/MediaCache.h
    gui/thread/OptOutBar.cpp gui/thread/OptOutBar.h
    gui/thread/PhotoViewer.cpp gui/thread/PhotoViewer.h
    gui/thread/ReplyBox.cpp gui/thread/ReplyBox.h
    gui/thread/ThreadDelegate.cpp gui/thread/ThreadDelegate.h
    gui/thread/ThreadMedia.cpp gui/thread/ThreadMedia.h
    gui/thread/ThreadModel.cpp gui/thread/ThreadModel.h
    gui/window/MainWindow.cpp gui/window/MainWindow.h
    gui/window/MainWindowDialogs.cpp
    gui/window/MainWindowMenus.cpp
    gui/window/MainWindowPages.cpp
    gui/window/MainWindowSpam.cpp
    gui/window/MainWindowTray.cpp
    gui/window/NavigationPane.cpp gui/window/NavigationPane.h
)
