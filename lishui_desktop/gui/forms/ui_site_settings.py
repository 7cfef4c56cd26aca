# Generated from forms/site_settings.ui by `python -m lishui_desktop.gui.i18n_build`.
# Do not edit: change the .ui file in Qt Designer and rebuild.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication)
from PySide6.QtWidgets import (QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QSpinBox, QVBoxLayout, QWidget)

class Ui_SiteSettingsForm(object):
    def setupUi(self, SiteSettingsForm):
        if not SiteSettingsForm.objectName():
            SiteSettingsForm.setObjectName(u"SiteSettingsForm")
        self.verticalLayout = QVBoxLayout(SiteSettingsForm)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.siteCodeTitle = QLabel(SiteSettingsForm)
        self.siteCodeTitle.setObjectName(u"siteCodeTitle")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.siteCodeTitle)

        self.siteCode = QLabel(SiteSettingsForm)
        self.siteCode.setObjectName(u"siteCode")
        self.siteCode.setText(u"")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.siteCode)

        self.kindTitle = QLabel(SiteSettingsForm)
        self.kindTitle.setObjectName(u"kindTitle")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.kindTitle)

        self.kind = QLabel(SiteSettingsForm)
        self.kind.setObjectName(u"kind")
        self.kind.setText(u"")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.kind)

        self.siteNameLabel = QLabel(SiteSettingsForm)
        self.siteNameLabel.setObjectName(u"siteNameLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.siteNameLabel)

        self.siteName = QLineEdit(SiteSettingsForm)
        self.siteName.setObjectName(u"siteName")
        self.siteName.setMaxLength(100)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.siteName)

        self.serverUrlLabel = QLabel(SiteSettingsForm)
        self.serverUrlLabel.setObjectName(u"serverUrlLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.serverUrlLabel)

        self.serverUrl = QLineEdit(SiteSettingsForm)
        self.serverUrl.setObjectName(u"serverUrl")
        self.serverUrl.setMaxLength(200)
        self.serverUrl.setPlaceholderText(u"https://")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.serverUrl)

        self.idleMinutesLabel = QLabel(SiteSettingsForm)
        self.idleMinutesLabel.setObjectName(u"idleMinutesLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.idleMinutesLabel)

        self.idleMinutes = QSpinBox(SiteSettingsForm)
        self.idleMinutes.setObjectName(u"idleMinutes")
        self.idleMinutes.setMinimum(1)
        self.idleMinutes.setMaximum(120)

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.idleMinutes)

        self.backupKeepLabel = QLabel(SiteSettingsForm)
        self.backupKeepLabel.setObjectName(u"backupKeepLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.backupKeepLabel)

        self.backupKeep = QSpinBox(SiteSettingsForm)
        self.backupKeep.setObjectName(u"backupKeep")
        self.backupKeep.setMinimum(1)
        self.backupKeep.setMaximum(365)

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.backupKeep)


        self.verticalLayout.addLayout(self.formLayout)

        self.horizontalLayout = QHBoxLayout()
        self.horizontalLayout.setObjectName(u"horizontalLayout")
        self.spacer21 = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.horizontalLayout.addItem(self.spacer21)

        self.saveButton = QPushButton(SiteSettingsForm)
        self.saveButton.setObjectName(u"saveButton")

        self.horizontalLayout.addWidget(self.saveButton)


        self.verticalLayout.addLayout(self.horizontalLayout)

        self.spacer22 = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.verticalLayout.addItem(self.spacer22)

#if QT_CONFIG(shortcut)
        self.siteNameLabel.setBuddy(self.siteName)
        self.serverUrlLabel.setBuddy(self.serverUrl)
        self.idleMinutesLabel.setBuddy(self.idleMinutes)
        self.backupKeepLabel.setBuddy(self.backupKeep)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.siteName, self.serverUrl)
        QWidget.setTabOrder(self.serverUrl, self.idleMinutes)
        QWidget.setTabOrder(self.idleMinutes, self.backupKeep)
        QWidget.setTabOrder(self.backupKeep, self.saveButton)

        self.retranslateUi(SiteSettingsForm)
    # setupUi

    def retranslateUi(self, SiteSettingsForm):
        self.siteCodeTitle.setText(QCoreApplication.translate("SiteSettingsForm", u"Site code", None))
        self.kindTitle.setText(QCoreApplication.translate("SiteSettingsForm", u"Level", None))
        self.siteNameLabel.setText(QCoreApplication.translate("SiteSettingsForm", u"Office &name", None))
        self.serverUrlLabel.setText(QCoreApplication.translate("SiteSettingsForm", u"City &server address", None))
        self.idleMinutesLabel.setText(QCoreApplication.translate("SiteSettingsForm", u"&Lock after idle (minutes)", None))
        self.backupKeepLabel.setText(QCoreApplication.translate("SiteSettingsForm", u"&Backups to keep", None))
        self.saveButton.setText(QCoreApplication.translate("SiteSettingsForm", u"&Save settings", None))
        pass
    # retranslateUi

