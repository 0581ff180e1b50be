import { describe, expect, it } from "vitest";
import { findPersonalData, knownNames, personalDataWarnings } from "./personal-data";

const found = (text: string, names?: string[]) => personalDataWarnings(text, names && knownNames(names));
const kinds = (text: string) => findPersonalData(text).map((finding) => finding.kind);

describe("findPersonalData: what it flags", () => {
  it.each([
    ["Call +39 333 123 4567 tomorrow.", "+39 333 123 4567"],
    ["Sat phone 0088216 2123 4567.", "0088216 2123 4567"],
    ["His brother: (091) 234-5678.", "(091) 234-5678"],
    ["Relative in Germany, 0049.30.1234567.", "0049.30.1234567"],
    ["Number 3331234567 written on the boat.", "3331234567"],
    ["Tel. 06 12 34 56 78.", "06 12 34 56 78"],
  ])("a phone number: %s", (text, phone) => {
    expect(found(text)).toEqual([{ kind: "phone", text: phone }]);
  });

  it.each([
    ["Write to ahmed.ali@example.org.", "ahmed.ali@example.org"],
    ["contact:mariam+sea@mail.co.uk,", "mariam+sea@mail.co.uk"],
    ["Adresse : rené.dupont@exemple.fr", "rené.dupont@exemple.fr"],
  ])("an e-mail address: %s", (text, email) => {
    expect(found(text)).toEqual([{ kind: "email", text: email }]);
  });

  it.each([
    ["Passport YA1234567 found in a bag.", "YA1234567"],
    ["Carta d'identità CA00000AA.", "CA00000AA"],
    ["NIE X1234567Z.", "X1234567Z"],
    ["passport no. 123456789", "123456789"],
    ["Reisepass Nr. C01X00T47", "C01X00T47"],
    ["ID: 0123456", "0123456"],
  ])("a passport or ID-like number: %s", (text, id) => {
    expect(found(text)).toEqual([{ kind: "idNumber", text: id }]);
  });

  it.each([
    ["We spoke to Mohamed Abdi on deck.", "Mohamed Abdi"],
    ["Mohamed Abdi was on deck.", "Mohamed Abdi"],
    ["A woman, Mariam bint Ali, lost her son.", "Mariam bint Ali"],
    ["Survivor list: Ahmed ALI.", "Ahmed ALI"],
    ["The skipper, Jean-Pierre O'Brien, refused.", "Jean-Pierre O'Brien"],
    ["Interviewed by Captain Haddad.", "Captain Haddad"],
    ["Mr. Smith called.", "Mr. Smith"],
    ["Parlato con il sig. Rossi.", "sig. Rossi"],
    ["Youssef al-Hassan waited.", "Youssef al-Hassan"],
  ])("what looks like a person's name: %s", (text, name) => {
    expect(found(text)).toEqual([{ kind: "fullName", text: name }]);
  });

  it("finds several things in text order, each once", () => {
    const text = "Mohamed Abdi (+39 333 123 4567, m.abdi@example.org) showed passport YA1234567.";
    expect(found(text)).toEqual([
      { kind: "fullName", text: "Mohamed Abdi" }, { kind: "phone", text: "+39 333 123 4567" },
      { kind: "email", text: "m.abdi@example.org" }, { kind: "idNumber", text: "YA1234567" },
    ]);
    expect(findPersonalData(text)[1]).toEqual({ kind: "phone", start: 14, end: 30 });
  });

  it("reads Arabic-Indic digits as digits", () => {
    expect(found("رقم الهاتف ٠٠٢١٨٩١٢٣٤٥٦٧٨")).toEqual([{ kind: "phone", text: "٠٠٢١٨٩١٢٣٤٥٦٧٨" }]);
  });
});

describe("findPersonalData: what it leaves alone", () => {
  it.each([
    "35°05.2'N 012°34.1'E", "35.0867, 12.5683", "35.0867 12.5683", "35 05 12 N 012 34 06 E", "35 05 12 012 34 06",
    "N35°05'12\" E012°34'06\"", "33-07.4N 012-34.5E", "-33.2667, 12.5833", "33°16'N 012°35'E", "33.2717, 12.6317",
  ])("a position: %s", (position) => {
    expect(found(`Sighted at ${position}, drifting.`)).toEqual([]);
  });

  it.each([
    "2016-05-25 07:40", "2016-10-25T07:40Z", "0740 UTC", "07:40-08:15", "0740-0815", "25/10/2016 07h40", "25.10.2016",
    "25 10 2016", "between 2015-2016", "250740Z OCT 16", "2016/2017", "07.40 LT",
  ])("a time or date: %s", (time) => {
    expect(found(`Alert received ${time} by the hotline.`)).toEqual([]);
  });

  it.each([
    "107 people", "3,800 dead or missing", "3 771 dead", "1 234 567 euros", "26 nautical miles", "11 → 29 bodies",
    "12 000 000 people", "23 survivors had fuel burns, 11 of them serious",
  ])("counts and figures: %s", (count) => {
    expect(found(`The report says ${count}.`)).toEqual([]);
  });

  it.each(["MSF-2016-0042", "SOSMED-2023-0117", "SW-2019-12345"])("a case reference: %s", (reference) => {
    expect(found(`Linked to ${reference} the same day.`)).toEqual([]);
  });

  it.each(["IMO 9361172", "IMO9361172", "MMSI 247123456", "MMSI: 247 123 456", "call sign 9HA2954", "Web ID 40123", "IMO no. 9361172"])(
    "a labelled registry number: %s", (number) => {
      expect(found(`Merchant vessel ${number} stood by.`)).toEqual([]);
    });

  it.each([
    "MRCC Rome coordinated.", "Alarm Phone relayed the call.", "Sea-Watch recovered the bodies.", "The Bourbon Argos arrived.",
    "Disembarked in Augusta, Lampedusa or Pozzallo.", "Porto Empedocle and Reggio Calabria.", "Libyan Coast Guard intercepted.",
    "Eritrean and Sudanese survivors.", "From Côte d'Ivoire and Sierra Leone.", "On Tuesday 25 October.", "Médecins Sans Frontières teams.",
    "SOS Méditerranée and Save the Children.", "Armed Forces of Malta.", "Guardia Costiera italiana.", "In the Central Mediterranean.",
    "Rescue Operation", "Then Sea-Watch took over.", "After Lampedusa, Augusta.", "RHIB launched at 0740 UTC.", "NGO Sea-Watch",
  ])("vessels, organizations, authorities, places, nationalities, months: %s", (text) => {
    expect(found(text)).toEqual([]);
  });

  it("a capitalised sentence start, and title-case words the text also writes in lower case", () => {
    expect(found("Survivors were cold. Medical Evacuation: the evacuation took two hours.")).toEqual([]);
    expect(found("Yesterday the crew counted 11 bodies. Later Sea-Watch arrived.")).toEqual([]);
  });

  it("the registry's names, passed in, are not people", () => {
    expect(kinds("The Aurelia Grace stood by.")).toEqual(["fullName"]);
    expect(found("The Aurelia Grace stood by.", ["Aurelia Grace", "Humanitarian Pilots"])).toEqual([]);
    expect(found("Humanitarian Pilots spotted the boat.", ["Humanitarian Pilots"])).toEqual([]);
  });

  it("a lone first name, capitals alone and lower-case codes are not enough", () => {
    expect(found("Mohamed said the engine failed. WATER IN THE BOAT AT 0740. ref lz5ab3cd-k3j2h1")).toEqual([]);
  });

  it("empty and blank text", () => {
    expect(found("")).toEqual([]);
    expect(personalDataWarnings(null)).toEqual([]);
  });
});
