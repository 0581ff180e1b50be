import { describe, expect, it } from "vitest";
import { personalDataWarnings } from "./personal-data";

// The reference case (DESIGN.md) told in each language the interface speaks: no warning; the same
// story with a survivor named and reachable: the name and the number, nothing else.

const STORIES = {
  en: "MSF's chartered rescue ship Bourbon Argos picked up 107 people from an inflatable dinghy 26 nautical miles off Libya on a Tuesday. Its crew first counted 11 bodies on the flooded floor of the dinghy; the ship was called away to another rescue nearby, saving 139 people from another boat. On return 29 people had died. The bodies were retrieved over hours with the help of the German NGO Sea-Watch. 23 survivors had fuel burns, 11 of them serious; 7 were taken to hospital, 2 by helicopter. MRCC Rome assigned Augusta as the place of safety.",
  it: "La nave di soccorso noleggiata da MSF, la Bourbon Argos, ha recuperato 107 persone da un gommone a 26 miglia nautiche dalla Libia, un martedì. L'equipaggio ha contato prima 11 corpi sul fondo allagato del gommone; la nave è stata chiamata per un altro soccorso vicino, salvando 139 persone. Al ritorno le vittime erano 29. I corpi sono stati recuperati con l'aiuto della ONG tedesca Sea-Watch. 23 sopravvissuti avevano ustioni da carburante; 7 portati in ospedale, 2 in elicottero. Il MRCC Roma ha indicato Augusta come porto sicuro. La Guardia Costiera è stata informata alle 07:40.",
  fr: "Le navire affrété par MSF, le Bourbon Argos, a secouru 107 personnes d'un canot pneumatique à 26 milles nautiques de la Libye, un mardi. L'équipage a d'abord compté 11 corps au fond du canot inondé ; le navire a été appelé pour un autre sauvetage, sauvant 139 personnes. Au retour, 29 personnes étaient mortes. Les corps ont été récupérés avec l'aide de l'ONG allemande Sea-Watch. 23 survivants avaient des brûlures; 7 ont été emmenés à l'hôpital, 2 par hélicoptère. Le MRCC Rome a désigné Augusta. Médecins Sans Frontières a témoigné.",
  de: "Das von MSF gecharterte Rettungsschiff Bourbon Argos nahm an einem Dienstag 107 Menschen aus einem Schlauchboot 26 Seemeilen vor Libyen auf. Die Besatzung zählte zunächst 11 Leichen auf dem überfluteten Boden des Schlauchboots; das Schiff wurde zu einer weiteren Rettung gerufen und rettete 139 Menschen. Bei der Rückkehr waren 29 Menschen gestorben. Die Leichen wurden mit Hilfe der deutschen NGO Sea-Watch geborgen. 23 Überlebende hatten Verbrennungen durch Treibstoff; 7 kamen ins Krankenhaus, 2 per Hubschrauber. Die Seenotrettungsleitstelle MRCC Rom wies Augusta als sicheren Hafen zu. Ärzte ohne Grenzen leistete psychologische Betreuung.",
  ar: "انتشلت سفينة الإنقاذ بوربون أرغوس التي استأجرتها منظمة أطباء بلا حدود 107 أشخاص من قارب مطاطي على بعد 26 ميلا بحريا من ليبيا يوم الثلاثاء. أحصى الطاقم في البداية 11 جثة في قاع القارب المغمور بالمياه، ثم استدعيت السفينة لعملية إنقاذ أخرى قريبة فأنقذت 139 شخصا. عند العودة كان 29 شخصا قد توفوا. انتشلت الجثث بمساعدة منظمة Sea-Watch الألمانية. أصيب 23 ناجيا بحروق الوقود، ونقل 7 إلى المستشفى، 2 منهم بطائرة مروحية. حدد مركز MRCC Rome ميناء Augusta مكانا آمنا في 2016-10-25 الساعة 07:40 عند الموقع 33°16'N 012°35'E.",
};

const NAMED = {
  en: "A survivor, Mohamed Abdi, asked us to call his brother on +218 91 234 5678.",
  it: "Un sopravvissuto, Mohamed Abdi, ci ha chiesto di chiamare il fratello al +218 91 234 5678.",
  fr: "Un survivant, Mohamed Abdi, nous a demandé d'appeler son frère au +218 91 234 5678.",
  de: "Ein Überlebender, Mohamed Abdi, bat uns, seinen Bruder unter +218 91 234 5678 anzurufen.",
  ar: "طلب منا أحد الناجين، Mohamed Abdi، الاتصال بأخيه على الرقم +218 91 234 5678.",
};

describe.each(Object.keys(STORIES) as (keyof typeof STORIES)[])("in %s", (language) => {
  it("the reference case raises no warning", () => {
    expect(personalDataWarnings(STORIES[language])).toEqual([]);
  });

  it("a named survivor and a phone number are flagged, and nothing else", () => {
    expect(personalDataWarnings(`${STORIES[language]} ${NAMED[language]}`)).toEqual([
      { kind: "fullName", text: "Mohamed Abdi" }, { kind: "phone", text: "+218 91 234 5678" },
    ]);
  });
});

describe("Arabic", () => {
  it("ordinary Arabic prose raises no warning, Arabic names included (the script has no capitals to go by)", () => {
    expect(personalDataWarnings("قال محمد عبدي إن المحرك توقف بعد ساعتين من الإبحار من زوارة، وإن المياه دخلت القارب.")).toEqual([]);
  });

  it("an Arabic passport label flags its number", () => {
    expect(personalDataWarnings("جواز سفر رقم 123456789")).toEqual([{ kind: "idNumber", text: "123456789" }]);
  });
});

describe("time on a 20,000-character narrative (linear: no regular expression that backtracks)", () => {
  const worst = {
    prose: STORIES.en.repeat(40).slice(0, 20_000),
    letters: "a".repeat(20_000),
    capitals: "Abc ".repeat(5_000),
    digits: "1 ".repeat(10_000),
    digitRun: "1".repeat(20_000),
    separators: "1-".repeat(10_000),
    at: "a@".repeat(10_000),
    local: `${"a.".repeat(9_999)}@`,
    domain: `x@${"a.".repeat(9_998)}1`,
    mixed: "A1".repeat(10_000),
    particles: "Ali al ".repeat(2_857),
  };

  it.each(Object.keys(worst) as (keyof typeof worst)[])("%s", (kind) => {
    const started = performance.now();
    personalDataWarnings(worst[kind]);
    // Generous, for a busy machine: a pattern that backtracks takes minutes on these inputs.
    expect(performance.now() - started).toBeLessThan(1_000);
  });
});
