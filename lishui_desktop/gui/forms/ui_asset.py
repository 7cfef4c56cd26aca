# Generated from forms/asset.ui by `python -m lishui_desktop.gui.i18n_build`.
# Do not edit: change the .ui file in Qt Designer and rebuild.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication)
from PySide6.QtWidgets import (QComboBox, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QSizePolicy, QSpacerItem, QSpinBox, QVBoxLayout, QWidget)

class Ui_AssetDialog(object):
    def setupUi(self, AssetDialog):
        if not AssetDialog.objectName():
            AssetDialog.setObjectName(u"AssetDialog")
        self.verticalLayout = QVBoxLayout(AssetDialog)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.kindLabel = QLabel(AssetDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kind = QComboBox(AssetDialog)
        self.kind.setObjectName(u"kind")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.kind)

        self.descriptionLabel = QLabel(AssetDialog)
        self.descriptionLabel.setObjectName(u"descriptionLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.descriptionLabel)

        self.description = QLineEdit(AssetDialog)
        self.description.setObjectName(u"description")
        self.description.setMaxLength(200)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.description)

        self.quantityLabel = QLabel(AssetDialog)
        self.quantityLabel.setObjectName(u"quantityLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.quantityLabel)

        self.quantity = QSpinBox(AssetDialog)
        self.quantity.setObjectName(u"quantity")
        self.quantity.setMinimum(1)
        self.quantity.setMaximum(9999)
        self.quantity.setValue(1)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.quantity)

        self.valueLabel = QLabel(AssetDialog)
        self.valueLabel.setObjectName(u"valueLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.valueLabel)

        self.value = QLineEdit(AssetDialog)
        self.value.setObjectName(u"value")
        self.value.setMaxLength(14)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.value)


        self.verticalLayout.addLayout(self.formLayout)

        self.spacer13 = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.verticalLayout.addItem(self.spacer13)

        self.buttonBox = QDialogButtonBox()
        self.buttonBox.setParent(AssetDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.verticalLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.kindLabel.setBuddy(self.kind)
        self.descriptionLabel.setBuddy(self.description)
        self.quantityLabel.setBuddy(self.quantity)
        self.valueLabel.setBuddy(self.value)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.kind, self.description)
        QWidget.setTabOrder(self.description, self.quantity)
        QWidget.setTabOrder(self.quantity, self.value)
        QWidget.setTabOrder(self.value, self.buttonBox)

        self.retranslateUi(AssetDialog)
        self.buttonBox.rejected.connect(AssetDialog.reject)
    # setupUi

    def retranslateUi(self, AssetDialog):
        AssetDialog.setWindowTitle(QCoreApplication.translate("AssetDialog", u"Asset", None))
        self.kindLabel.setText(QCoreApplication.translate("AssetDialog", u"&Kind", None))
        self.descriptionLabel.setText(QCoreApplication.translate("AssetDialog", u"&Description", None))
        self.quantityLabel.setText(QCoreApplication.translate("AssetDialog", u"&Quantity", None))
        self.valueLabel.setText(QCoreApplication.translate("AssetDialog", u"&Value (yuan)", None))
    # retranslateUi

