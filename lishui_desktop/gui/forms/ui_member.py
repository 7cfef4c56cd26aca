# Generated from forms/member.ui by `python -m lishui_desktop.gui.i18n_build`.
# Do not edit: change the .ui file in Qt Designer and rebuild.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication)
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialogButtonBox, QFormLayout, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_MemberDialog(object):
    def setupUi(self, MemberDialog):
        if not MemberDialog.objectName():
            MemberDialog.setObjectName(u"MemberDialog")
        self.verticalLayout = QVBoxLayout(MemberDialog)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.nameLabel = QLabel(MemberDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.name = QLineEdit(MemberDialog)
        self.name.setObjectName(u"name")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name)

        self.idNumberLabel = QLabel(MemberDialog)
        self.idNumberLabel.setObjectName(u"idNumberLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.idNumberLabel)

        self.idBox = QWidget(MemberDialog)
        self.idBox.setObjectName(u"idBox")
        self.horizontalLayout = QHBoxLayout(self.idBox)
        self.horizontalLayout.setObjectName(u"horizontalLayout")
        self.horizontalLayout.setContentsMargins(0, 0, 0, 0)
        self.idNumber = QLineEdit(self.idBox)
        self.idNumber.setObjectName(u"idNumber")
        self.idNumber.setMaxLength(18)

        self.horizontalLayout.addWidget(self.idNumber)

        self.revealButton = QPushButton(self.idBox)
        self.revealButton.setObjectName(u"revealButton")

        self.horizontalLayout.addWidget(self.revealButton)


        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.idBox)

        self.idInfoTitle = QLabel(MemberDialog)
        self.idInfoTitle.setObjectName(u"idInfoTitle")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.idInfoTitle)

        self.idInfo = QLabel(MemberDialog)
        self.idInfo.setObjectName(u"idInfo")
        self.idInfo.setText(u"")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.idInfo)

        self.relationLabel = QLabel(MemberDialog)
        self.relationLabel.setObjectName(u"relationLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.relationLabel)

        self.relation = QComboBox(MemberDialog)
        self.relation.setObjectName(u"relation")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.relation)

        self.phoneLabel = QLabel(MemberDialog)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phone = QLineEdit(MemberDialog)
        self.phone.setObjectName(u"phone")
        self.phone.setMaxLength(32)

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.phone)

        self.occupationLabel = QLabel(MemberDialog)
        self.occupationLabel.setObjectName(u"occupationLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.occupationLabel)

        self.occupation = QLineEdit(MemberDialog)
        self.occupation.setObjectName(u"occupation")
        self.occupation.setMaxLength(64)

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.occupation)

        self.healthLabel = QLabel(MemberDialog)
        self.healthLabel.setObjectName(u"healthLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.healthLabel)

        self.health = QLineEdit(MemberDialog)
        self.health.setObjectName(u"health")
        self.health.setMaxLength(100)

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.health)


        self.verticalLayout.addLayout(self.formLayout)

        self.disabilityGroup = QGroupBox(MemberDialog)
        self.disabilityGroup.setObjectName(u"disabilityGroup")
        self.horizontalLayout_2 = QHBoxLayout(self.disabilityGroup)
        self.horizontalLayout_2.setObjectName(u"horizontalLayout_2")
        self.disabilityTypeLabel = QLabel(self.disabilityGroup)
        self.disabilityTypeLabel.setObjectName(u"disabilityTypeLabel")

        self.horizontalLayout_2.addWidget(self.disabilityTypeLabel)

        self.disabilityType = QComboBox(self.disabilityGroup)
        self.disabilityType.setObjectName(u"disabilityType")

        self.horizontalLayout_2.addWidget(self.disabilityType)

        self.disabilityGradeLabel = QLabel(self.disabilityGroup)
        self.disabilityGradeLabel.setObjectName(u"disabilityGradeLabel")

        self.horizontalLayout_2.addWidget(self.disabilityGradeLabel)

        self.disabilityGrade = QComboBox(self.disabilityGroup)
        self.disabilityGrade.setObjectName(u"disabilityGrade")

        self.horizontalLayout_2.addWidget(self.disabilityGrade)

        self.spacer10 = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.horizontalLayout_2.addItem(self.spacer10)


        self.verticalLayout.addWidget(self.disabilityGroup)

        self.selfcareGroup = QGroupBox(MemberDialog)
        self.selfcareGroup.setObjectName(u"selfcareGroup")
        self.gridLayout = QGridLayout(self.selfcareGroup)
        self.gridLayout.setObjectName(u"gridLayout")
        self.sc_eating = QCheckBox(self.selfcareGroup)
        self.sc_eating.setObjectName(u"sc_eating")
        self.sc_eating.setText(u"eating")

        self.gridLayout.addWidget(self.sc_eating, 0, 0, 1, 1)

        self.sc_dressing = QCheckBox(self.selfcareGroup)
        self.sc_dressing.setObjectName(u"sc_dressing")
        self.sc_dressing.setText(u"dressing")

        self.gridLayout.addWidget(self.sc_dressing, 0, 1, 1, 1)

        self.sc_bed_transfer = QCheckBox(self.selfcareGroup)
        self.sc_bed_transfer.setObjectName(u"sc_bed_transfer")
        self.sc_bed_transfer.setText(u"bed_transfer")

        self.gridLayout.addWidget(self.sc_bed_transfer, 0, 2, 1, 1)

        self.sc_toileting = QCheckBox(self.selfcareGroup)
        self.sc_toileting.setObjectName(u"sc_toileting")
        self.sc_toileting.setText(u"toileting")

        self.gridLayout.addWidget(self.sc_toileting, 1, 0, 1, 1)

        self.sc_walking_indoors = QCheckBox(self.selfcareGroup)
        self.sc_walking_indoors.setObjectName(u"sc_walking_indoors")
        self.sc_walking_indoors.setText(u"walking_indoors")

        self.gridLayout.addWidget(self.sc_walking_indoors, 1, 1, 1, 1)

        self.sc_bathing = QCheckBox(self.selfcareGroup)
        self.sc_bathing.setObjectName(u"sc_bathing")
        self.sc_bathing.setText(u"bathing")

        self.gridLayout.addWidget(self.sc_bathing, 1, 2, 1, 1)

        self.selfcareLevel = QLabel(self.selfcareGroup)
        self.selfcareLevel.setObjectName(u"selfcareLevel")
        self.selfcareLevel.setText(u"")

        self.gridLayout.addWidget(self.selfcareLevel, 2, 0, 1, 3)


        self.verticalLayout.addWidget(self.selfcareGroup)

        self.covered = QCheckBox(MemberDialog)
        self.covered.setObjectName(u"covered")
        self.covered.setChecked(True)

        self.verticalLayout.addWidget(self.covered)

        self.spacer11 = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.verticalLayout.addItem(self.spacer11)

        self.buttonBox = QDialogButtonBox()
        self.buttonBox.setParent(MemberDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.verticalLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.name)
        self.idNumberLabel.setBuddy(self.idNumber)
        self.relationLabel.setBuddy(self.relation)
        self.phoneLabel.setBuddy(self.phone)
        self.occupationLabel.setBuddy(self.occupation)
        self.healthLabel.setBuddy(self.health)
        self.disabilityTypeLabel.setBuddy(self.disabilityType)
        self.disabilityGradeLabel.setBuddy(self.disabilityGrade)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.name, self.idNumber)
        QWidget.setTabOrder(self.idNumber, self.revealButton)
        QWidget.setTabOrder(self.revealButton, self.relation)
        QWidget.setTabOrder(self.relation, self.phone)
        QWidget.setTabOrder(self.phone, self.occupation)
        QWidget.setTabOrder(self.occupation, self.health)
        QWidget.setTabOrder(self.health, self.disabilityType)
        QWidget.setTabOrder(self.disabilityType, self.disabilityGrade)
        QWidget.setTabOrder(self.disabilityGrade, self.sc_eating)
        QWidget.setTabOrder(self.sc_eating, self.sc_dressing)
        QWidget.setTabOrder(self.sc_dressing, self.sc_bed_transfer)
        QWidget.setTabOrder(self.sc_bed_transfer, self.sc_toileting)
        QWidget.setTabOrder(self.sc_toileting, self.sc_walking_indoors)
        QWidget.setTabOrder(self.sc_walking_indoors, self.sc_bathing)
        QWidget.setTabOrder(self.sc_bathing, self.covered)
        QWidget.setTabOrder(self.covered, self.buttonBox)

        self.retranslateUi(MemberDialog)
        self.buttonBox.rejected.connect(MemberDialog.reject)
    # setupUi

    def retranslateUi(self, MemberDialog):
        MemberDialog.setWindowTitle(QCoreApplication.translate("MemberDialog", u"Household member", None))
        self.nameLabel.setText(QCoreApplication.translate("MemberDialog", u"&Name", None))
        self.idNumberLabel.setText(QCoreApplication.translate("MemberDialog", u"&ID number", None))
        self.idNumber.setPlaceholderText(QCoreApplication.translate("MemberDialog", u"18 characters; birth date and sex are read from it", None))
        self.revealButton.setText(QCoreApplication.translate("MemberDialog", u"Show full number", None))
        self.idInfoTitle.setText(QCoreApplication.translate("MemberDialog", u"From the ID number", None))
        self.relationLabel.setText(QCoreApplication.translate("MemberDialog", u"&Relation to head", None))
        self.phoneLabel.setText(QCoreApplication.translate("MemberDialog", u"&Phone", None))
        self.occupationLabel.setText(QCoreApplication.translate("MemberDialog", u"&Occupation", None))
        self.healthLabel.setText(QCoreApplication.translate("MemberDialog", u"&Health", None))
        self.health.setPlaceholderText(QCoreApplication.translate("MemberDialog", u"Illnesses, long-term conditions", None))
        self.disabilityGroup.setTitle(QCoreApplication.translate("MemberDialog", u"Disability", None))
        self.disabilityTypeLabel.setText(QCoreApplication.translate("MemberDialog", u"&Type", None))
        self.disabilityGradeLabel.setText(QCoreApplication.translate("MemberDialog", u"&Grade", None))
        self.selfcareGroup.setTitle(QCoreApplication.translate("MemberDialog", u"Self-care: tick what the person cannot do unaided", None))
        self.covered.setText(QCoreApplication.translate("MemberDialog", u"Covered by the benefit (counted among the members paid for)", None))
    # retranslateUi

