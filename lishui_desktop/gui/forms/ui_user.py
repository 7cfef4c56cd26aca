# Generated from forms/user.ui by `python -m lishui_desktop.gui.i18n_build`.
# Do not edit: change the .ui file in Qt Designer and rebuild.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication)
from PySide6.QtWidgets import (QComboBox, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_UserDialog(object):
    def setupUi(self, UserDialog):
        if not UserDialog.objectName():
            UserDialog.setObjectName(u"UserDialog")
        self.verticalLayout = QVBoxLayout(UserDialog)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.usernameLabel = QLabel(UserDialog)
        self.usernameLabel.setObjectName(u"usernameLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.usernameLabel)

        self.username = QLineEdit(UserDialog)
        self.username.setObjectName(u"username")
        self.username.setMaxLength(32)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.username)

        self.displayNameLabel = QLabel(UserDialog)
        self.displayNameLabel.setObjectName(u"displayNameLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.displayNameLabel)

        self.displayName = QLineEdit(UserDialog)
        self.displayName.setObjectName(u"displayName")
        self.displayName.setMaxLength(64)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.displayName)

        self.roleLabel = QLabel(UserDialog)
        self.roleLabel.setObjectName(u"roleLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.roleLabel)

        self.role = QComboBox(UserDialog)
        self.role.setObjectName(u"role")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.role)

        self.passwordLabel = QLabel(UserDialog)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.password = QLineEdit(UserDialog)
        self.password.setObjectName(u"password")
        self.password.setEchoMode(QLineEdit.Password)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.password)

        self.password2Label = QLabel(UserDialog)
        self.password2Label.setObjectName(u"password2Label")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.password2Label)

        self.password2 = QLineEdit(UserDialog)
        self.password2.setObjectName(u"password2")
        self.password2.setEchoMode(QLineEdit.Password)

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.password2)

        self.rulesLabel = QLabel(UserDialog)
        self.rulesLabel.setObjectName(u"rulesLabel")
        self.rulesLabel.setWordWrap(True)

        self.formLayout.setWidget(5, QFormLayout.ItemRole.SpanningRole, self.rulesLabel)


        self.verticalLayout.addLayout(self.formLayout)

        self.spacer20 = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.verticalLayout.addItem(self.spacer20)

        self.buttonBox = QDialogButtonBox()
        self.buttonBox.setParent(UserDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.verticalLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.usernameLabel.setBuddy(self.username)
        self.displayNameLabel.setBuddy(self.displayName)
        self.roleLabel.setBuddy(self.role)
        self.passwordLabel.setBuddy(self.password)
        self.password2Label.setBuddy(self.password2)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.username, self.displayName)
        QWidget.setTabOrder(self.displayName, self.role)
        QWidget.setTabOrder(self.role, self.password)
        QWidget.setTabOrder(self.password, self.password2)
        QWidget.setTabOrder(self.password2, self.buttonBox)

        self.retranslateUi(UserDialog)
        self.buttonBox.rejected.connect(UserDialog.reject)
    # setupUi

    def retranslateUi(self, UserDialog):
        UserDialog.setWindowTitle(QCoreApplication.translate("UserDialog", u"Account", None))
        self.usernameLabel.setText(QCoreApplication.translate("UserDialog", u"&Account", None))
        self.displayNameLabel.setText(QCoreApplication.translate("UserDialog", u"&Name", None))
        self.roleLabel.setText(QCoreApplication.translate("UserDialog", u"&Role", None))
        self.passwordLabel.setText(QCoreApplication.translate("UserDialog", u"Initial &password", None))
        self.password2Label.setText(QCoreApplication.translate("UserDialog", u"Re&peat password", None))
        self.rulesLabel.setText(QCoreApplication.translate("UserDialog", u"The person chooses a new password at the first sign-in. At least 8 characters, mixing letters and digits.", None))
    # retranslateUi

