// The 27 first-level units of Ukraine: stable slug, newsroom English name, Ukrainian name, ISO 3166-2.
// geoBoundaries spells some names differently ("Zaporizhia", "Odessa"); we key on the ISO code.
export interface OblastInfo {
  id: string;
  name_en: string;
  name_uk: string;
  iso: string;
  /** Has a sea coast, so the geoBoundaries unit includes territorial sea and is clipped to land. */
  coastal?: boolean;
}

export const OBLASTS: OblastInfo[] = [
  { id: 'cherkasy', name_en: 'Cherkasy Oblast', name_uk: 'Черкаська область', iso: 'UA-71' },
  { id: 'chernihiv', name_en: 'Chernihiv Oblast', name_uk: 'Чернігівська область', iso: 'UA-74' },
  { id: 'chernivtsi', name_en: 'Chernivtsi Oblast', name_uk: 'Чернівецька область', iso: 'UA-77' },
  { id: 'crimea', name_en: 'Autonomous Republic of Crimea', name_uk: 'Автономна Республіка Крим', iso: 'UA-43', coastal: true },
  { id: 'dnipropetrovsk', name_en: 'Dnipropetrovsk Oblast', name_uk: 'Дніпропетровська область', iso: 'UA-12' },
  { id: 'donetsk', name_en: 'Donetsk Oblast', name_uk: 'Донецька область', iso: 'UA-14', coastal: true },
  { id: 'ivano-frankivsk', name_en: 'Ivano-Frankivsk Oblast', name_uk: 'Івано-Франківська область', iso: 'UA-26' },
  { id: 'kharkiv', name_en: 'Kharkiv Oblast', name_uk: 'Харківська область', iso: 'UA-63' },
  { id: 'kherson', name_en: 'Kherson Oblast', name_uk: 'Херсонська область', iso: 'UA-65', coastal: true },
  { id: 'khmelnytskyi', name_en: 'Khmelnytskyi Oblast', name_uk: 'Хмельницька область', iso: 'UA-68' },
  { id: 'kirovohrad', name_en: 'Kirovohrad Oblast', name_uk: 'Кіровоградська область', iso: 'UA-35' },
  { id: 'kyiv', name_en: 'Kyiv Oblast', name_uk: 'Київська область', iso: 'UA-32' },
  { id: 'kyiv-city', name_en: 'Kyiv', name_uk: 'Київ', iso: 'UA-30' },
  { id: 'luhansk', name_en: 'Luhansk Oblast', name_uk: 'Луганська область', iso: 'UA-09' },
  { id: 'lviv', name_en: 'Lviv Oblast', name_uk: 'Львівська область', iso: 'UA-46' },
  { id: 'mykolaiv', name_en: 'Mykolaiv Oblast', name_uk: 'Миколаївська область', iso: 'UA-48', coastal: true },
  { id: 'odesa', name_en: 'Odesa Oblast', name_uk: 'Одеська область', iso: 'UA-51', coastal: true },
  { id: 'poltava', name_en: 'Poltava Oblast', name_uk: 'Полтавська область', iso: 'UA-53' },
  { id: 'rivne', name_en: 'Rivne Oblast', name_uk: 'Рівненська область', iso: 'UA-56' },
  { id: 'sevastopol', name_en: 'Sevastopol', name_uk: 'Севастополь', iso: 'UA-40', coastal: true },
  { id: 'sumy', name_en: 'Sumy Oblast', name_uk: 'Сумська область', iso: 'UA-59' },
  { id: 'ternopil', name_en: 'Ternopil Oblast', name_uk: 'Тернопільська область', iso: 'UA-61' },
  { id: 'vinnytsia', name_en: 'Vinnytsia Oblast', name_uk: 'Вінницька область', iso: 'UA-05' },
  { id: 'volyn', name_en: 'Volyn Oblast', name_uk: 'Волинська область', iso: 'UA-07' },
  { id: 'zakarpattia', name_en: 'Zakarpattia Oblast', name_uk: 'Закарпатська область', iso: 'UA-21' },
  { id: 'zaporizhzhia', name_en: 'Zaporizhzhia Oblast', name_uk: 'Запорізька область', iso: 'UA-23', coastal: true },
  { id: 'zhytomyr', name_en: 'Zhytomyr Oblast', name_uk: 'Житомирська область', iso: 'UA-18' },
];
