//! The definitions of the categories of the UN Register of Conventional Arms, as the
//! instructions sheet gives them, in English, French and Spanish.
//!
//! The English definitions are those of the domain reference (`att-annual-report.md` §4, the UN
//! Register's definitions in short); the French and Spanish ones render them faithfully, in the
//! UN's terminology for the categories.

use att_schema::{Category, Text};

const fn text(en: &'static str, fr: &'static str, es: &'static str) -> Text {
    Text { en, fr, es }
}

/// The definition of `category`.
pub(crate) fn definition(category: Category) -> Text {
    use Category::*;
    match category {
        I => text(
            "Tracked or wheeled self-propelled armoured fighting vehicles of at least 16.5 metric tonnes unladen weight, with a high-muzzle-velocity direct-fire main gun of at least 75 mm calibre.",
            "Véhicules blindés de combat autopropulsés, chenillés ou à roues, d'un poids à vide d'au moins 16,5 tonnes, armés d'un canon principal à tir direct et à grande vitesse initiale d'un calibre d'au moins 75 mm.",
            "Vehículos blindados de combate autopropulsados, de orugas o de ruedas, con un peso en vacío de al menos 16,5 toneladas métricas, armados con un cañón principal de tiro directo y gran velocidad inicial de un calibre de al menos 75 mm.",
        ),
        II => text(
            "Tracked, semi-tracked or wheeled self-propelled vehicles with armoured protection and cross-country capability, designed to carry a squad of four or more infantrymen, or armed with an integral or organic weapon of at least 12.5 mm calibre or a missile launcher.",
            "Véhicules autopropulsés, chenillés, semi-chenillés ou à roues, dotés d'une protection blindée et d'une capacité tout-terrain, conçus pour transporter un groupe de combat de quatre fantassins ou plus, ou armés d'une arme intégrée ou organique d'un calibre d'au moins 12,5 mm ou d'un lanceur de missiles.",
            "Vehículos autopropulsados, de orugas, semiorugas o ruedas, con protección blindada y capacidad todo terreno, diseñados para transportar una escuadra de cuatro o más soldados de infantería, o armados con un arma integral u orgánica de un calibre de al menos 12,5 mm o con un lanzamisiles.",
        ),
        III => text(
            "Guns, howitzers, artillery pieces combining the characteristics of a gun or a howitzer, mortars and multiple-launch rocket systems, of 75 mm calibre and above.",
            "Canons, obusiers, pièces d'artillerie combinant les caractéristiques d'un canon et d'un obusier, mortiers et lance-roquettes multiples, d'un calibre égal ou supérieur à 75 mm.",
            "Cañones, obuses, piezas de artillería que combinan las características de un cañón y de un obús, morteros y sistemas lanzacohetes múltiples, de un calibre de 75 mm o superior.",
        ),
        IV => text(
            "Fixed-wing or variable-geometry wing aircraft designed, equipped or modified to engage targets with guided missiles, unguided rockets, bombs, guns or cannons, including versions for specialized electronic warfare, suppression of air defence or reconnaissance missions: (a) manned, (b) unmanned.",
            "Aéronefs à voilure fixe ou à géométrie variable conçus, équipés ou modifiés pour attaquer des cibles au moyen de missiles guidés, de roquettes non guidées, de bombes, de mitrailleuses ou de canons, y compris les versions destinées à la guerre électronique, à la neutralisation des défenses aériennes ou à des missions de reconnaissance : a) pilotés, b) non pilotés.",
            "Aeronaves de ala fija o de geometría variable diseñadas, equipadas o modificadas para atacar objetivos con misiles guiados, cohetes no guiados, bombas, ametralladoras o cañones, incluidas las versiones destinadas a la guerra electrónica, la supresión de defensas aéreas o misiones de reconocimiento: a) tripuladas, b) no tripuladas.",
        ),
        IVa => text(
            "Combat aircraft (category IV) flown by a crew on board.",
            "Avions de combat (catégorie IV) pilotés par un équipage à bord.",
            "Aviones de combate (categoría IV) pilotados por una tripulación a bordo.",
        ),
        IVb => text(
            "Combat aircraft (category IV) without a crew on board: unmanned aerial vehicles.",
            "Avions de combat (catégorie IV) sans équipage à bord : véhicules aériens non habités.",
            "Aviones de combate (categoría IV) sin tripulación a bordo: vehículos aéreos no tripulados.",
        ),
        V => text(
            "Rotary-wing aircraft designed, equipped or modified to engage targets with guided or unguided anti-armour, air-to-surface, air-to-subsurface or air-to-air weapons, and equipped with an integrated fire control and aiming system for these weapons: (a) manned, (b) unmanned.",
            "Aéronefs à voilure tournante conçus, équipés ou modifiés pour attaquer des cibles au moyen d'armes antiblindés, air-sol, air-sous-sol ou air-air, guidées ou non, et dotés d'un système intégré de conduite de tir et de pointage pour ces armes : a) pilotés, b) non pilotés.",
            "Aeronaves de ala giratoria diseñadas, equipadas o modificadas para atacar objetivos con armas antiblindaje, aire-superficie, aire-subsuperficie o aire-aire, guiadas o no, y dotadas de un sistema integrado de control de tiro y puntería para esas armas: a) tripuladas, b) no tripuladas.",
        ),
        Va => text(
            "Attack helicopters (category V) flown by a crew on board.",
            "Hélicoptères d'attaque (catégorie V) pilotés par un équipage à bord.",
            "Helicópteros de ataque (categoría V) pilotados por una tripulación a bordo.",
        ),
        Vb => text(
            "Attack helicopters (category V) without a crew on board.",
            "Hélicoptères d'attaque (catégorie V) sans équipage à bord.",
            "Helicópteros de ataque (categoría V) sin tripulación a bordo.",
        ),
        VI => text(
            "Vessels or submarines armed and equipped for military use with a standard displacement of 500 metric tonnes or above, and those below 500 metric tonnes equipped for launching missiles with a range of at least 25 km or torpedoes with a similar range.",
            "Navires ou sous-marins armés et équipés pour un usage militaire, d'un déplacement standard égal ou supérieur à 500 tonnes, et ceux de moins de 500 tonnes équipés pour lancer des missiles d'une portée d'au moins 25 km ou des torpilles de portée comparable.",
            "Buques o submarinos armados y equipados para uso militar con un desplazamiento estándar de 500 toneladas métricas o más, y los de menos de 500 toneladas métricas equipados para lanzar misiles con un alcance de al menos 25 km o torpedos de alcance similar.",
        ),
        VII => text(
            "(a) Guided or unguided rockets, ballistic or cruise missiles capable of delivering a warhead or weapon of destruction to a range of at least 25 km, and means designed or modified specifically for launching them, if not covered by categories I to VI; ground-to-air missiles are not included. (b) Man-portable air-defence systems (MANPADS).",
            "a) Roquettes guidées ou non guidées, missiles balistiques ou de croisière capables d'emporter une ogive ou une arme de destruction à une portée d'au moins 25 km, et moyens conçus ou modifiés spécialement pour les lancer, s'ils ne relèvent pas des catégories I à VI ; les missiles sol-air en sont exclus. b) Systèmes portatifs de défense aérienne (MANPADS).",
            "a) Cohetes guiados o no guiados, misiles balísticos o de crucero capaces de transportar una ojiva o un arma de destrucción a un alcance de al menos 25 km, y medios diseñados o modificados específicamente para lanzarlos, si no están comprendidos en las categorías I a VI; se excluyen los misiles tierra-aire. b) Sistemas portátiles de defensa aérea (MANPADS).",
        ),
        VIIa => text(
            "Rockets and missiles of category VII (a) and their launchers, other than man-portable air-defence systems.",
            "Roquettes et missiles de la catégorie VII a) et leurs lanceurs, autres que les systèmes portatifs de défense aérienne.",
            "Cohetes y misiles de la categoría VII a) y sus lanzadores, distintos de los sistemas portátiles de defensa aérea.",
        ),
        VIIb => text(
            "Man-portable air-defence systems (MANPADS).",
            "Systèmes portatifs de défense aérienne (MANPADS).",
            "Sistemas portátiles de defensa aérea (MANPADS).",
        ),
        VIII => text(
            "Small arms and light weapons, as listed in the UN Register's form for the voluntary reporting of their transfers: small arms (VIII.SA) and light weapons (VIII.LW).",
            "Armes légères et de petit calibre, telles qu'énumérées dans le formulaire du Registre des Nations Unies pour la communication volontaire de leurs transferts : armes de petit calibre (VIII.SA) et armes légères (VIII.LW).",
            "Armas pequeñas y armas ligeras, tal como figuran en el formulario del Registro de las Naciones Unidas para la presentación voluntaria de información sobre sus transferencias: armas pequeñas (VIII.SA) y armas ligeras (VIII.LW).",
        ),
        VIIISa => text(
            "Revolvers and self-loading pistols, rifles and carbines, sub-machine guns, assault rifles, light machine guns, and other small arms.",
            "Revolvers et pistolets à chargement automatique, fusils et carabines, pistolets mitrailleurs, fusils d'assaut, mitrailleuses légères et autres armes de petit calibre.",
            "Revólveres y pistolas automáticas, fusiles y carabinas, subametralladoras, fusiles de asalto, ametralladoras ligeras y otras armas pequeñas.",
        ),
        VIIISa1 | VIIISa2 | VIIISa3 | VIIISa4 | VIIISa5 | VIIISa6 => text(
            "A sub-category of small arms (VIII.SA).",
            "Une sous-catégorie des armes de petit calibre (VIII.SA).",
            "Una subcategoría de las armas pequeñas (VIII.SA).",
        ),
        VIIILw => text(
            "Heavy machine guns, hand-held under-barrel and mounted grenade launchers, portable anti-tank guns, recoilless rifles, portable anti-tank missile launchers and rocket systems, mortars of calibres less than 75 mm, and other light weapons.",
            "Mitrailleuses lourdes, lance-grenades tenus à la main, montés sous le canon ou sur affût, canons antichars portatifs, fusils sans recul, lance-missiles et lance-roquettes antichars portatifs, mortiers de calibre inférieur à 75 mm et autres armes légères.",
            "Ametralladoras pesadas, lanzagranadas portátiles, de cañón inferior y montados, cañones antitanque portátiles, fusiles sin retroceso, lanzamisiles y lanzacohetes antitanque portátiles, morteros de calibre inferior a 75 mm y otras armas ligeras.",
        ),
        VIIILw1 | VIIILw2 | VIIILw3 | VIIILw4 | VIIILw5 | VIIILw6 | VIIILw7 => text(
            "A sub-category of light weapons (VIII.LW).",
            "Une sous-catégorie des armes légères (VIII.LW).",
            "Una subcategoría de las armas ligeras (VIII.LW).",
        ),
        National => text(
            "A category of the State's own control list, reported voluntarily (for example “ML3 ammunition”): choose “National category”, name it in the National category column, and define it on the National definitions sheet.",
            "Une catégorie de la liste de contrôle de l'État, déclarée à titre facultatif (par exemple « ML3 munitions ») : choisissez « Catégorie nationale », nommez-la dans la colonne Catégorie nationale et définissez-la sur la feuille Définitions nationales.",
            "Una categoría de la lista de control del propio Estado, comunicada voluntariamente (por ejemplo «ML3 municiones»): elija «Categoría nacional», nómbrela en la columna Categoría nacional y defínala en la hoja Definiciones nacionales.",
        ),
    }
}
