-- Spelling variants and synonyms for search, as data: each row says "this term belongs to this group", and a
-- search for any term of a group finds what every term of the group finds. Add rows in a later migration as new
-- sources bring new names. Terms are written as readers type them; the search stems and folds accents itself.
-- Only spellings, plain synonyms and a name with its adjective (Russia, Russian) belong here: no group may join two
-- different people or places, and no term may stem like an unrelated word ("arms" would find "armed").

INSERT INTO search_variant (group_key, term) VALUES
  -- People
  ('zelensky', 'Zelensky'), ('zelensky', 'Zelenskyy'), ('zelensky', 'Zelenskiy'), ('zelensky', 'Zelenskyi'),
  ('zelensky', 'Zelenskii'), ('zelensky', 'Zelenskij'), ('zelensky', 'Zelenski'), ('zelensky', 'Selenskyj'),
  ('zelensky', 'Zelenskyj'), ('zelensky', 'Зеленський'), ('zelensky', 'Зеленский'),
  ('volodymyr', 'Volodymyr'), ('volodymyr', 'Volodimir'), ('volodymyr', 'Wolodymyr'), ('volodymyr', 'Володимир'),
  ('putin', 'Putin'), ('putin', 'Poutine'), ('putin', 'Путин'), ('putin', 'Путін'),
  ('vladimir', 'Vladimir'), ('vladimir', 'Wladimir'), ('vladimir', 'Владимир'),
  -- Places and states
  ('kyiv', 'Kyiv'), ('kyiv', 'Kiev'), ('kyiv', 'Kiew'), ('kyiv', 'Київ'), ('kyiv', 'Киев'),
  ('ukraine', 'Ukraine'), ('ukraine', 'Ukrainian'), ('ukraine', 'Україна'), ('ukraine', 'Украина'),
  ('russia', 'Russia'), ('russia', 'Russian'), ('russia', 'Russian Federation'), ('russia', 'Россия'), ('russia', 'Росія'),
  ('moscow', 'Moscow'), ('moscow', 'Москва'),
  ('kharkiv', 'Kharkiv'), ('kharkiv', 'Kharkov'), ('kharkiv', 'Харків'),
  ('odesa', 'Odesa'), ('odesa', 'Odessa'), ('odesa', 'Одеса'),
  ('dnipro', 'Dnipro'), ('dnipro', 'Dnepr'), ('dnipro', 'Dnipropetrovsk'),
  ('mykolaiv', 'Mykolaiv'), ('mykolaiv', 'Nikolaev'), ('mykolaiv', 'Nikolayev'),
  ('lviv', 'Lviv'), ('lviv', 'Lvov'), ('lviv', 'Lwów'),
  ('luhansk', 'Luhansk'), ('luhansk', 'Lugansk'),
  ('donbas', 'Donbas'), ('donbas', 'Donbass'),
  ('chernihiv', 'Chernihiv'), ('chernihiv', 'Chernigov'),
  ('zaporizhzhia', 'Zaporizhzhia'), ('zaporizhzhia', 'Zaporizhia'), ('zaporizhzhia', 'Zaporozhye'),
  ('istanbul', 'Istanbul'), ('istanbul', 'İstanbul'),
  ('uk', 'UK'), ('uk', 'United Kingdom'), ('uk', 'Britain'), ('uk', 'Great Britain'), ('uk', 'British'),
  ('eu', 'EU'), ('eu', 'European Union'),
  -- Organisations and meetings
  ('defence', 'Defence'), ('defence', 'Defense'),
  ('mod', 'MoD'), ('mod', 'Ministry of Defence'), ('mod', 'Ministry of Defense'), ('mod', 'Defence Ministry'),
  ('mod', 'Defense Ministry'),
  ('g7', 'G7'), ('g7', 'G-7'), ('g7', 'Group of Seven'),
  ('twitter', 'X'), ('twitter', 'Twitter'),
  -- Things and events
  ('drone', 'drone'), ('drone', 'UAV'), ('drone', 'unmanned'), ('drone', 'unmanned aerial vehicle'),
  ('drone', 'unmanned aircraft'),
  ('pow', 'POW'), ('pow', 'POWs'), ('pow', 'prisoner of war'), ('pow', 'prisoners of war'),
  ('swap', 'swap'), ('swap', 'exchange'),
  ('smo', 'SMO'), ('smo', 'special military operation'),
  ('ceasefire', 'ceasefire'), ('ceasefire', 'cease-fire'), ('ceasefire', 'truce'),
  ('troops', 'troops'), ('troops', 'soldiers'), ('troops', 'servicemen'),
  ('killed', 'killed'), ('killed', 'dead'), ('killed', 'deaths'), ('killed', 'fatalities'),
  ('wounded', 'wounded'), ('wounded', 'injured'),
  ('losses', 'losses'), ('losses', 'lost'),
  ('talks', 'talks'), ('talks', 'negotiations'),
  ('weapons', 'weapons'), ('weapons', 'armaments'),
  ('reconstruction', 'reconstruction'), ('reconstruction', 'rebuilding'),
  ('airdefence', 'air defence'), ('airdefence', 'air defense'), ('airdefence', 'anti-aircraft');
