//! The words of item descriptions, in English, French and Spanish: which kinds of arms a word
//! names, which words name things the annual report does not cover, and the small words that
//! join or separate the parts of a description.
//!
//! Entries are written folded (`att_schema::text::fold`: lower case, no accents, punctuation as
//! spaces). A word of a description matches a word of an entry when it is the same or the same
//! followed by `s`, `es`, `x` or `e` (plurals, and French adjectives: “blindés”, “légère”).

use att_schema::Category;

/// A kind of arms, as coarse as the categories a description can be compared with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Family {
    /// Category I.
    Tanks,
    /// Category II.
    ArmouredVehicles,
    /// Category III.
    Artillery,
    /// Category IV.
    Aircraft,
    /// Category V.
    Helicopters,
    /// Category VI.
    Warships,
    /// Category VII.
    Missiles,
    /// Category VIII.SA.
    SmallArms,
    /// Category VIII.LW.
    LightWeapons,
}

impl Family {
    /// The category code a person would use for this kind of arms.
    pub fn code(self) -> &'static str {
        match self {
            Family::Tanks => "I",
            Family::ArmouredVehicles => "II",
            Family::Artillery => "III",
            Family::Aircraft => "IV",
            Family::Helicopters => "V",
            Family::Warships => "VI",
            Family::Missiles => "VII",
            Family::SmallArms => "VIII.SA",
            Family::LightWeapons => "VIII.LW",
        }
    }

    /// The families whose arms an entry of `category` may describe; empty for a national
    /// category, which may be anything.
    pub fn of(category: Category) -> &'static [Family] {
        use Category as C;
        match category {
            C::I => &[Family::Tanks],
            C::II => &[Family::ArmouredVehicles],
            C::III => &[Family::Artillery],
            C::IV | C::IVa | C::IVb => &[Family::Aircraft],
            C::V | C::Va | C::Vb => &[Family::Helicopters],
            C::VI => &[Family::Warships],
            C::VII | C::VIIa | C::VIIb => &[Family::Missiles],
            C::VIII => &[Family::SmallArms, Family::LightWeapons],
            C::VIIISa
            | C::VIIISa1
            | C::VIIISa2
            | C::VIIISa3
            | C::VIIISa4
            | C::VIIISa5
            | C::VIIISa6 => &[Family::SmallArms],
            C::VIIILw
            | C::VIIILw1
            | C::VIIILw2
            | C::VIIILw3
            | C::VIIILw4
            | C::VIIILw5
            | C::VIIILw6
            | C::VIIILw7 => &[Family::LightWeapons],
            C::National => &[],
        }
    }
}

/// What the annual report does not cover.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OutOfScope {
    /// Ammunition, shells, grenades, bombs, torpedoes, explosives.
    Ammunition,
    /// Parts, spare parts, components, kits, accessories.
    Parts,
    /// Technology, technical data, software, licences.
    Technology,
    /// Equipment that is not the arms themselves: simulators.
    Equipment,
}

/// What a word or phrase of a description says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Meaning {
    /// Arms of one of these families.
    Arms(&'static [Family]),
    /// Something the annual report does not cover.
    OutOfScope(OutOfScope),
    /// A phrase that contains an arms word but names none (“fuel tank”, “anti-tank”).
    Neutral,
    /// A word after which the description qualifies what came before (“for”, “with”, “de”).
    Qualifier,
    /// A word that separates items of a list (“and”, “et”, “y”).
    Separator,
}

use Family::*;
use Meaning::*;

const TANKS: Meaning = Arms(&[Tanks]);
const ACV: Meaning = Arms(&[ArmouredVehicles]);
const ARMOURED: Meaning = Arms(&[Tanks, ArmouredVehicles]);
const VEHICLE: Meaning = Arms(&[Tanks, ArmouredVehicles, Artillery, Missiles]);
const ARTILLERY: Meaning = Arms(&[Artillery]);
const ROCKET_ARTILLERY: Meaning = Arms(&[Artillery, Missiles]);
const MORTAR: Meaning = Arms(&[Artillery, LightWeapons]);
const ROCKET: Meaning = Arms(&[Artillery, Missiles, LightWeapons]);
const AIRCRAFT: Meaning = Arms(&[Aircraft]);
const UNMANNED: Meaning = Arms(&[Aircraft, Helicopters]);
const HELICOPTERS: Meaning = Arms(&[Helicopters]);
const WARSHIPS: Meaning = Arms(&[Warships]);
const CARRIER: Meaning = Arms(&[ArmouredVehicles, Warships]);
const MISSILES: Meaning = Arms(&[Missiles]);
const MISSILE: Meaning = Arms(&[Missiles, LightWeapons]);
const SMALL_ARMS: Meaning = Arms(&[SmallArms]);
const MACHINE_GUNS: Meaning = Arms(&[SmallArms, LightWeapons]);
const LIGHT_WEAPONS: Meaning = Arms(&[LightWeapons]);
const ANTI_ARMOUR_GUN: Meaning = Arms(&[LightWeapons, Artillery]);
const AMMUNITION: Meaning = OutOfScope(self::OutOfScope::Ammunition);
const PARTS: Meaning = OutOfScope(self::OutOfScope::Parts);
const TECHNOLOGY: Meaning = OutOfScope(self::OutOfScope::Technology);
const EQUIPMENT: Meaning = OutOfScope(self::OutOfScope::Equipment);

/// Every phrase the descriptions are read with, folded; the longest match wins.
pub static PHRASES: &[(&str, Meaning)] = &[
    // I. Battle tanks
    ("tank", TANKS),
    ("battle tank", TANKS),
    ("main battle tank", TANKS),
    ("mbt", TANKS),
    ("char", TANKS),
    ("char de combat", TANKS),
    ("char d assaut", TANKS),
    ("tanque", TANKS),
    ("carro de combate", TANKS),
    ("carro de asalto", TANKS),
    ("tank destroyer", ARMOURED),
    // Words with "tank" that are no tank.
    ("fuel tank", Neutral),
    ("water tank", Neutral),
    ("drop tank", Neutral),
    ("tank truck", Neutral),
    ("tank trailer", Neutral),
    ("tank transporter", Neutral),
    ("anti tank", Neutral),
    ("antitank", Neutral),
    ("antichar", Neutral),
    ("antitanque", Neutral),
    ("anti aircraft", Neutral),
    ("antiaircraft", Neutral),
    ("antiaerien", Neutral),
    ("antiaereo", Neutral),
    ("anti char", Neutral),
    // II. Armoured combat vehicles
    ("armoured vehicle", ARMOURED),
    ("armored vehicle", ARMOURED),
    ("armoured combat vehicle", ARMOURED),
    ("armored combat vehicle", ARMOURED),
    ("armoured fighting vehicle", ARMOURED),
    ("armored fighting vehicle", ARMOURED),
    ("armoured personnel carrier", ACV),
    ("armored personnel carrier", ACV),
    ("personnel carrier", ACV),
    ("apc", ACV),
    ("infantry fighting vehicle", ACV),
    ("ifv", ACV),
    ("armoured car", ACV),
    ("armored car", ACV),
    ("mrap", ACV),
    ("combat vehicle", ARMOURED),
    ("reconnaissance vehicle", ACV),
    ("vehicle", VEHICLE),
    ("carrier", CARRIER),
    ("vehicule", VEHICLE),
    ("vehicule blinde", ARMOURED),
    ("vehicule de combat", ARMOURED),
    ("vehicule de combat d infanterie", ACV),
    ("vehicule de transport de troupes", ACV),
    ("vbci", ACV),
    ("vab", ACV),
    ("blinde", ARMOURED),
    ("vehiculo", VEHICLE),
    ("vehiculo blindado", ARMOURED),
    ("vehiculo de combate", ARMOURED),
    ("vehiculo de combate de infanteria", ACV),
    ("transporte blindado", ACV),
    ("blindado", ARMOURED),
    // III. Artillery
    ("artillery", ARTILLERY),
    ("howitzer", ARTILLERY),
    ("self propelled gun", ARTILLERY),
    ("self propelled howitzer", ARTILLERY),
    ("field gun", ARTILLERY),
    ("gun howitzer", ARTILLERY),
    ("multiple launch rocket system", ROCKET_ARTILLERY),
    ("multiple rocket launcher", ROCKET_ARTILLERY),
    ("mlrs", ROCKET_ARTILLERY),
    ("mortar", MORTAR),
    ("artillerie", ARTILLERY),
    ("piece d artillerie", ARTILLERY),
    ("obusier", ARTILLERY),
    ("canon automoteur", ARTILLERY),
    ("lance roquettes multiple", ROCKET_ARTILLERY),
    ("mortier", MORTAR),
    ("artilleria", ARTILLERY),
    ("pieza de artilleria", ARTILLERY),
    ("canon autopropulsado", ARTILLERY),
    ("lanzacohetes multiple", ROCKET_ARTILLERY),
    ("mortero", MORTAR),
    // IV. Combat aircraft
    ("aircraft", AIRCRAFT),
    ("combat aircraft", AIRCRAFT),
    ("fighter", AIRCRAFT),
    ("fighter aircraft", AIRCRAFT),
    ("attack aircraft", AIRCRAFT),
    ("bomber", AIRCRAFT),
    ("jet", AIRCRAFT),
    ("aeroplane", AIRCRAFT),
    ("airplane", AIRCRAFT),
    ("avion", AIRCRAFT),
    ("avion de combat", AIRCRAFT),
    ("avion de chasse", AIRCRAFT),
    ("avion de combate", AIRCRAFT),
    ("aeronave", AIRCRAFT),
    ("drone", UNMANNED),
    ("uav", UNMANNED),
    ("ucav", UNMANNED),
    ("unmanned aerial vehicle", UNMANNED),
    ("unmanned combat aerial vehicle", UNMANNED),
    ("unmanned aircraft", UNMANNED),
    // V. Attack helicopters
    ("helicopter", HELICOPTERS),
    ("attack helicopter", HELICOPTERS),
    ("gunship", HELICOPTERS),
    ("helicoptere", HELICOPTERS),
    ("helicoptero", HELICOPTERS),
    // VI. Warships
    ("warship", WARSHIPS),
    ("frigate", WARSHIPS),
    ("corvette", WARSHIPS),
    ("destroyer", WARSHIPS),
    ("cruiser", WARSHIPS),
    ("submarine", WARSHIPS),
    ("patrol vessel", WARSHIPS),
    ("patrol boat", WARSHIPS),
    ("patrol ship", WARSHIPS),
    ("offshore patrol vessel", WARSHIPS),
    ("minehunter", WARSHIPS),
    ("mine hunter", WARSHIPS),
    ("minesweeper", WARSHIPS),
    ("mine countermeasure vessel", WARSHIPS),
    ("landing ship", WARSHIPS),
    ("landing craft", WARSHIPS),
    ("aircraft carrier", WARSHIPS),
    ("helicopter carrier", WARSHIPS),
    ("missile boat", WARSHIPS),
    ("fast attack craft", WARSHIPS),
    ("vessel", WARSHIPS),
    ("ship", WARSHIPS),
    ("boat", WARSHIPS),
    ("navire", WARSHIPS),
    ("navire de guerre", WARSHIPS),
    ("batiment de guerre", WARSHIPS),
    ("fregate", WARSHIPS),
    ("sous marin", WARSHIPS),
    ("patrouilleur", WARSHIPS),
    ("chasseur de mines", WARSHIPS),
    ("porte avions", WARSHIPS),
    ("porte helicopteres", WARSHIPS),
    ("vedette", WARSHIPS),
    ("bateau", WARSHIPS),
    ("buque", WARSHIPS),
    ("buque de guerra", WARSHIPS),
    ("fragata", WARSHIPS),
    ("corbeta", WARSHIPS),
    ("destructor", WARSHIPS),
    ("submarino", WARSHIPS),
    ("patrullero", WARSHIPS),
    ("patrullera", WARSHIPS),
    ("cazaminas", WARSHIPS),
    ("portaaviones", WARSHIPS),
    ("lancha", WARSHIPS),
    ("barco", WARSHIPS),
    // VII. Missiles and missile launchers
    ("missile", MISSILE),
    ("missile launcher", MISSILE),
    ("cruise missile", MISSILES),
    ("ballistic missile", MISSILES),
    ("manpads", MISSILES),
    ("man portable air defence", MISSILES),
    ("man portable air defense", MISSILES),
    ("rocket", ROCKET),
    ("rocket launcher", ROCKET),
    ("launcher", ROCKET),
    ("lance missiles", MISSILE),
    ("roquette", ROCKET),
    ("lance roquettes", ROCKET),
    ("lanceur", ROCKET),
    ("misil", MISSILE),
    ("lanzamisiles", MISSILE),
    ("cohete", ROCKET),
    ("lanzacohetes", ROCKET),
    ("lanzador", ROCKET),
    ("anti tank missile", MISSILE),
    ("antitank missile", MISSILE),
    ("anti tank guided missile", MISSILE),
    ("atgm", MISSILE),
    ("missile antichar", MISSILE),
    ("misil antitanque", MISSILE),
    ("anti aircraft missile", MISSILES),
    // VIII.SA. Small arms
    ("small arm", SMALL_ARMS),
    ("pistol", SMALL_ARMS),
    ("handgun", SMALL_ARMS),
    ("revolver", SMALL_ARMS),
    ("rifle", SMALL_ARMS),
    ("carbine", SMALL_ARMS),
    ("assault rifle", SMALL_ARMS),
    ("sniper rifle", SMALL_ARMS),
    ("submachine gun", SMALL_ARMS),
    ("sub machine gun", SMALL_ARMS),
    ("machine pistol", SMALL_ARMS),
    ("shotgun", SMALL_ARMS),
    ("firearm", SMALL_ARMS),
    ("light machine gun", SMALL_ARMS),
    ("pistolet", SMALL_ARMS),
    ("pistolet mitrailleur", SMALL_ARMS),
    ("mitraillette", SMALL_ARMS),
    ("fusil", SMALL_ARMS),
    ("fusil d assaut", SMALL_ARMS),
    ("fusil de precision", SMALL_ARMS),
    ("fusil a pompe", SMALL_ARMS),
    ("fusil mitrailleur", SMALL_ARMS),
    ("carabine", SMALL_ARMS),
    ("arme de poing", SMALL_ARMS),
    ("arme a feu", SMALL_ARMS),
    ("arme de petit calibre", SMALL_ARMS),
    ("mitrailleuse legere", SMALL_ARMS),
    ("pistola", SMALL_ARMS),
    ("pistola ametralladora", SMALL_ARMS),
    ("carabina", SMALL_ARMS),
    ("fusil de asalto", SMALL_ARMS),
    ("subfusil", SMALL_ARMS),
    ("subametralladora", SMALL_ARMS),
    ("escopeta", SMALL_ARMS),
    ("arma de fuego", SMALL_ARMS),
    ("arma corta", SMALL_ARMS),
    ("arma pequena", SMALL_ARMS),
    ("ametralladora ligera", SMALL_ARMS),
    // Small arms or light weapons.
    ("machine gun", MACHINE_GUNS),
    ("general purpose machine gun", MACHINE_GUNS),
    ("anti materiel rifle", MACHINE_GUNS),
    ("mitrailleuse", MACHINE_GUNS),
    ("ametralladora", MACHINE_GUNS),
    ("arme legere", MACHINE_GUNS),
    ("arma ligera", MACHINE_GUNS),
    ("salw", MACHINE_GUNS),
    ("alpc", MACHINE_GUNS),
    ("apal", MACHINE_GUNS),
    // VIII.LW. Light weapons
    ("light weapon", LIGHT_WEAPONS),
    ("heavy machine gun", LIGHT_WEAPONS),
    ("grenade launcher", LIGHT_WEAPONS),
    ("recoilless rifle", LIGHT_WEAPONS),
    ("recoilless gun", LIGHT_WEAPONS),
    ("rocket propelled grenade", LIGHT_WEAPONS),
    ("rpg", LIGHT_WEAPONS),
    ("bazooka", LIGHT_WEAPONS),
    ("anti tank gun", ANTI_ARMOUR_GUN),
    ("anti tank weapon", LIGHT_WEAPONS),
    ("anti aircraft gun", ANTI_ARMOUR_GUN),
    ("mitrailleuse lourde", LIGHT_WEAPONS),
    ("lance grenades", LIGHT_WEAPONS),
    ("canon antichar", ANTI_ARMOUR_GUN),
    ("canon sans recul", LIGHT_WEAPONS),
    ("fusil sans recul", LIGHT_WEAPONS),
    ("ametralladora pesada", LIGHT_WEAPONS),
    ("lanzagranadas", LIGHT_WEAPONS),
    ("canon antitanque", ANTI_ARMOUR_GUN),
    ("canon sin retroceso", LIGHT_WEAPONS),
    ("fusil sin retroceso", LIGHT_WEAPONS),
    // Out of scope: ammunition.
    ("ammunition", AMMUNITION),
    ("ammo", AMMUNITION),
    ("cartridge", AMMUNITION),
    ("bullet", AMMUNITION),
    ("shell", AMMUNITION),
    ("grenade", AMMUNITION),
    ("hand grenade", AMMUNITION),
    ("bomb", AMMUNITION),
    ("torpedo", AMMUNITION),
    ("landmine", AMMUNITION),
    ("land mine", AMMUNITION),
    ("explosive", AMMUNITION),
    ("warhead", AMMUNITION),
    ("propellant", AMMUNITION),
    ("munition", AMMUNITION),
    ("cartouche", AMMUNITION),
    ("balle", AMMUNITION),
    ("torpille", AMMUNITION),
    ("explosif", AMMUNITION),
    ("ogive", AMMUNITION),
    ("municion", AMMUNITION),
    ("cartucho", AMMUNITION),
    ("bala", AMMUNITION),
    ("granada", AMMUNITION),
    ("granada de mano", AMMUNITION),
    ("bomba", AMMUNITION),
    ("explosivo", AMMUNITION),
    ("ojiva", AMMUNITION),
    // Out of scope: parts and components.
    ("parts", PARTS),
    ("spare part", PARTS),
    ("spares", PARTS),
    ("component", PARTS),
    ("accessory", PARTS),
    ("accessories", PARTS),
    ("kit", PARTS),
    ("upgrade kit", PARTS),
    ("piece detachee", PARTS),
    ("piece de rechange", PARTS),
    ("composant", PARTS),
    ("accessoire", PARTS),
    ("pieza", PARTS),
    ("pieza de repuesto", PARTS),
    ("repuesto", PARTS),
    ("recambio", PARTS),
    ("componente", PARTS),
    ("accesorio", PARTS),
    // Out of scope: technology.
    ("technology", TECHNOLOGY),
    ("technical data", TECHNOLOGY),
    ("software", TECHNOLOGY),
    ("know how", TECHNOLOGY),
    ("production licence", TECHNOLOGY),
    ("production license", TECHNOLOGY),
    ("manufacturing licence", TECHNOLOGY),
    ("manufacturing license", TECHNOLOGY),
    ("technologie", TECHNOLOGY),
    ("logiciel", TECHNOLOGY),
    ("savoir faire", TECHNOLOGY),
    ("licence de production", TECHNOLOGY),
    ("tecnologia", TECHNOLOGY),
    ("programa informatico", TECHNOLOGY),
    ("licencia de produccion", TECHNOLOGY),
    // Out of scope: other equipment.
    ("simulator", EQUIPMENT),
    ("simulateur", EQUIPMENT),
    ("simulador", EQUIPMENT),
    // Words that qualify what came before.
    ("for", Qualifier),
    ("with", Qualifier),
    ("of", Qualifier),
    ("including", Qualifier),
    ("incl", Qualifier),
    ("equipped", Qualifier),
    ("fitted", Qualifier),
    ("armed", Qualifier),
    ("pour", Qualifier),
    ("avec", Qualifier),
    ("de", Qualifier),
    ("du", Qualifier),
    ("des", Qualifier),
    ("d", Qualifier),
    ("inclus", Qualifier),
    ("incluant", Qualifier),
    ("equipe", Qualifier),
    ("para", Qualifier),
    ("con", Qualifier),
    ("del", Qualifier),
    ("incluido", Qualifier),
    ("incluyendo", Qualifier),
    ("equipado", Qualifier),
    ("armado", Qualifier),
    // Words that separate items.
    ("and", Separator),
    ("or", Separator),
    ("et", Separator),
    ("ou", Separator),
    ("y", Separator),
    ("o", Separator),
    ("plus", Separator),
];

/// Whether the word of a description `text` is the word of a phrase `entry`, or its plural or
/// feminine form.
pub fn word_matches(entry: &str, text: &str) -> bool {
    text.strip_prefix(entry)
        .is_some_and(|rest| matches!(rest, "" | "s" | "es" | "x" | "e"))
}
