// Generated from the folders in Plugins/ by komitmen-generate, which `swift package new-stakeholder` runs.
// Do not edit by hand: GeneratedFilesTests fails when this file does not match Plugins/.

import GovernmentStakeholder
import ImmigrationStakeholder
import KomitmenCore
import MediaStakeholder
import NgoStakeholder
import PoliceStakeholder
import ProsecutionStakeholder
import RecruitmentStakeholder
import ReligiousStakeholder
import UniversityStakeholder

/// Every compiled-in stakeholder plugin.
public let compiledInPlugins = PluginRegistry([
    governmentStakeholder,
    immigrationStakeholder,
    mediaStakeholder,
    ngoStakeholder,
    policeStakeholder,
    prosecutionStakeholder,
    recruitmentStakeholder,
    religiousStakeholder,
    universityStakeholder,
])
