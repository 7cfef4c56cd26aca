# Generated from forms/setup.ui by `python -m lishui_desktop.gui.i18n_build`.
# Do not edit: change the .ui file in Qt Designer and rebuild.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication)
from PySide6.QtWidgets import (QComboBox, QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QRadioButton, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_SetupDialog(object):
    def setupUi(self, SetupDialog):
        if not SetupDialog.objectName():
            SetupDialog.setObjectName(u"SetupDialog")
        self.verticalLayout = QVBoxLayout(SetupDialog)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.introLabel = QLabel(SetupDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.verticalLayout.addWidget(self.introLabel)

        self.siteGroup = QGroupBox(SetupDialog)
        self.siteGroup.setObjectName(u"siteGroup")
        self.formLayout = QFormLayout(self.siteGroup)
        self.formLayout.setObjectName(u"formLayout")
        self.kindLabel = QLabel(self.siteGroup)
        self.kindLabel.setObjectName(u"kindLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindBox = QWidget(self.siteGroup)
        self.kindBox.setObjectName(u"kindBox")
        self.horizontalLayout = QHBoxLayout(self.kindBox)
        self.horizontalLayout.setObjectName(u"horizontalLayout")
        self.horizontalLayout.setContentsMargins(0, 0, 0, 0)
        self.townshipRadio = QRadioButton(self.kindBox)
        self.townshipRadio.setObjectName(u"townshipRadio")
        self.townshipRadio.setChecked(True)

        self.horizontalLayout.addWidget(self.townshipRadio)

        self.countyRadio = QRadioButton(self.kindBox)
        self.countyRadio.setObjectName(u"countyRadio")

        self.horizontalLayout.addWidget(self.countyRadio)

        self.spacer2 = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.horizontalLayout.addItem(self.spacer2)


        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.kindBox)

        self.countyLabel = QLabel(self.siteGroup)
        self.countyLabel.setObjectName(u"countyLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.countyLabel)

        self.county = QComboBox(self.siteGroup)
        self.county.setObjectName(u"county")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.county)

        self.townshipLabel = QLabel(self.siteGroup)
        self.townshipLabel.setObjectName(u"townshipLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.townshipLabel)

        self.township = QComboBox(self.siteGroup)
        self.township.setObjectName(u"township")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.township)

        self.siteCodeTitle = QLabel(self.siteGroup)
        self.siteCodeTitle.setObjectName(u"siteCodeTitle")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.siteCodeTitle)

        self.siteCode = QLabel(self.siteGroup)
        self.siteCode.setObjectName(u"siteCode")
        self.siteCode.setText(u"")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.siteCode)

        self.siteNameLabel = QLabel(self.siteGroup)
        self.siteNameLabel.setObjectName(u"siteNameLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.siteNameLabel)

        self.siteName = QLineEdit(self.siteGroup)
        self.siteName.setObjectName(u"siteName")
        self.siteName.setMaxLength(100)

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.siteName)


        self.verticalLayout.addWidget(self.siteGroup)

        self.adminGroup = QGroupBox(SetupDialog)
        self.adminGroup.setObjectName(u"adminGroup")
        self.formLayout_2 = QFormLayout(self.adminGroup)
        self.formLayout_2.setObjectName(u"formLayout_2")
        self.adminUsernameLabel = QLabel(self.adminGroup)
        self.adminUsernameLabel.setObjectName(u"adminUsernameLabel")

        self.formLayout_2.setWidget(0, QFormLayout.ItemRole.LabelRole, self.adminUsernameLabel)

        self.adminUsername = QLineEdit(self.adminGroup)
        self.adminUsername.setObjectName(u"adminUsername")
        self.adminUsername.setMaxLength(32)

        self.formLayout_2.setWidget(0, QFormLayout.ItemRole.FieldRole, self.adminUsername)

        self.adminNameLabel = QLabel(self.adminGroup)
        self.adminNameLabel.setObjectName(u"adminNameLabel")

        self.formLayout_2.setWidget(1, QFormLayout.ItemRole.LabelRole, self.adminNameLabel)

        self.adminName = QLineEdit(self.adminGroup)
        self.adminName.setObjectName(u"adminName")
        self.adminName.setMaxLength(64)

        self.formLayout_2.setWidget(1, QFormLayout.ItemRole.FieldRole, self.adminName)

        self.adminPasswordLabel = QLabel(self.adminGroup)
        self.adminPasswordLabel.setObjectName(u"adminPasswordLabel")

        self.formLayout_2.setWidget(2, QFormLayout.ItemRole.LabelRole, self.adminPasswordLabel)

        self.adminPassword = QLineEdit(self.adminGroup)
        self.adminPassword.setObjectName(u"adminPassword")
        self.adminPassword.setEchoMode(QLineEdit.Password)

        self.formLayout_2.setWidget(2, QFormLayout.ItemRole.FieldRole, self.adminPassword)

        self.adminPassword2Label = QLabel(self.adminGroup)
        self.adminPassword2Label.setObjectName(u"adminPassword2Label")

        self.formLayout_2.setWidget(3, QFormLayout.ItemRole.LabelRole, self.adminPassword2Label)

        self.adminPassword2 = QLineEdit(self.adminGroup)
        self.adminPassword2.setObjectName(u"adminPassword2")
        self.adminPassword2.setEchoMode(QLineEdit.Password)

        self.formLayout_2.setWidget(3, QFormLayout.ItemRole.FieldRole, self.adminPassword2)

        self.passwordRules = QLabel(self.adminGroup)
        self.passwordRules.setObjectName(u"passwordRules")
        self.passwordRules.setWordWrap(True)

        self.formLayout_2.setWidget(4, QFormLayout.ItemRole.SpanningRole, self.passwordRules)


        self.verticalLayout.addWidget(self.adminGroup)

        self.serverGroup = QGroupBox(SetupDialog)
        self.serverGroup.setObjectName(u"serverGroup")
        self.formLayout_3 = QFormLayout(self.serverGroup)
        self.formLayout_3.setObjectName(u"formLayout_3")
        self.serverUrlLabel = QLabel(self.serverGroup)
        self.serverUrlLabel.setObjectName(u"serverUrlLabel")

        self.formLayout_3.setWidget(0, QFormLayout.ItemRole.LabelRole, self.serverUrlLabel)

        self.serverUrl = QLineEdit(self.serverGroup)
        self.serverUrl.setObjectName(u"serverUrl")
        self.serverUrl.setPlaceholderText(u"https://")
        self.serverUrl.setMaxLength(200)

        self.formLayout_3.setWidget(0, QFormLayout.ItemRole.FieldRole, self.serverUrl)

        self.siteTokenLabel = QLabel(self.serverGroup)
        self.siteTokenLabel.setObjectName(u"siteTokenLabel")

        self.formLayout_3.setWidget(1, QFormLayout.ItemRole.LabelRole, self.siteTokenLabel)

        self.siteToken = QLineEdit(self.serverGroup)
        self.siteToken.setObjectName(u"siteToken")
        self.siteToken.setMaxLength(200)

        self.formLayout_3.setWidget(1, QFormLayout.ItemRole.FieldRole, self.siteToken)

        self.serverNote = QLabel(self.serverGroup)
        self.serverNote.setObjectName(u"serverNote")
        self.serverNote.setWordWrap(True)

        self.formLayout_3.setWidget(2, QFormLayout.ItemRole.SpanningRole, self.serverNote)

        self.connectionNote = QLabel(self.serverGroup)
        self.connectionNote.setObjectName(u"connectionNote")
        self.connectionNote.setWordWrap(True)
        self.connectionNote.setVisible(False)

        self.formLayout_3.setWidget(3, QFormLayout.ItemRole.SpanningRole, self.connectionNote)


        self.verticalLayout.addWidget(self.serverGroup)

        self.spacer3 = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.verticalLayout.addItem(self.spacer3)

        self.buttonBox = QDialogButtonBox()
        self.buttonBox.setParent(SetupDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.verticalLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.countyLabel.setBuddy(self.county)
        self.townshipLabel.setBuddy(self.township)
        self.siteNameLabel.setBuddy(self.siteName)
        self.adminUsernameLabel.setBuddy(self.adminUsername)
        self.adminNameLabel.setBuddy(self.adminName)
        self.adminPasswordLabel.setBuddy(self.adminPassword)
        self.adminPassword2Label.setBuddy(self.adminPassword2)
        self.serverUrlLabel.setBuddy(self.serverUrl)
        self.siteTokenLabel.setBuddy(self.siteToken)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.townshipRadio, self.countyRadio)
        QWidget.setTabOrder(self.countyRadio, self.county)
        QWidget.setTabOrder(self.county, self.township)
        QWidget.setTabOrder(self.township, self.siteName)
        QWidget.setTabOrder(self.siteName, self.adminUsername)
        QWidget.setTabOrder(self.adminUsername, self.adminName)
        QWidget.setTabOrder(self.adminName, self.adminPassword)
        QWidget.setTabOrder(self.adminPassword, self.adminPassword2)
        QWidget.setTabOrder(self.adminPassword2, self.serverUrl)
        QWidget.setTabOrder(self.serverUrl, self.siteToken)
        QWidget.setTabOrder(self.siteToken, self.buttonBox)

        self.retranslateUi(SetupDialog)
        self.buttonBox.rejected.connect(SetupDialog.reject)
    # setupUi

    def retranslateUi(self, SetupDialog):
        SetupDialog.setWindowTitle(QCoreApplication.translate("SetupDialog", u"First-time setup", None))
        self.introLabel.setText(QCoreApplication.translate("SetupDialog", u"This computer's database is not set up yet. Choose the office it serves and create the administrator's account. Both can be changed later only by an administrator.", None))
        self.siteGroup.setTitle(QCoreApplication.translate("SetupDialog", u"Office", None))
        self.kindLabel.setText(QCoreApplication.translate("SetupDialog", u"Level", None))
        self.townshipRadio.setText(QCoreApplication.translate("SetupDialog", u"Township or subdistrict office", None))
        self.countyRadio.setText(QCoreApplication.translate("SetupDialog", u"County civil-affairs bureau", None))
        self.countyLabel.setText(QCoreApplication.translate("SetupDialog", u"&County", None))
        self.townshipLabel.setText(QCoreApplication.translate("SetupDialog", u"&Township", None))
        self.siteCodeTitle.setText(QCoreApplication.translate("SetupDialog", u"Site code", None))
        self.siteNameLabel.setText(QCoreApplication.translate("SetupDialog", u"Office &name", None))
        self.adminGroup.setTitle(QCoreApplication.translate("SetupDialog", u"Administrator account", None))
        self.adminUsernameLabel.setText(QCoreApplication.translate("SetupDialog", u"A&ccount", None))
        self.adminNameLabel.setText(QCoreApplication.translate("SetupDialog", u"Na&me", None))
        self.adminPasswordLabel.setText(QCoreApplication.translate("SetupDialog", u"&Password", None))
        self.adminPassword2Label.setText(QCoreApplication.translate("SetupDialog", u"&Repeat password", None))
        self.passwordRules.setText(QCoreApplication.translate("SetupDialog", u"At least 8 characters, mixing letters and digits.", None))
        self.serverGroup.setTitle(QCoreApplication.translate("SetupDialog", u"City server (can also be set later)", None))
        self.serverUrlLabel.setText(QCoreApplication.translate("SetupDialog", u"City &server address", None))
        self.siteTokenLabel.setText(QCoreApplication.translate("SetupDialog", u"Office &token", None))
        self.serverNote.setText(QCoreApplication.translate("SetupDialog", u"The city issues each office its token. With both filled in, this office registers with the city server right after the setup. Without a connection, leave them empty and enter them later on the Sync page.", None))
    # retranslateUi

