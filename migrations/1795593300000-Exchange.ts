import type { MigrationInterface, QueryRunner } from 'typeorm';

const sectors = [
  'AGRICULTURE', 'AQUACULTURE', 'FOOD', 'ENVIRONMENT', 'WATER', 'ENERGY', 'MANUFACTURING', 'MATERIALS', 'ELECTRONICS', 'ICT',
  'HEALTH', 'BIOTECHNOLOGY', 'TRANSPORT', 'LOGISTICS', 'CONSTRUCTION', 'SMART_CITY', 'EDUCATION', 'FINANCE',
];
const sectorList = sectors.map((sector) => `'${sector}'`).join(', ');

/**
 * The bilingual glossary: each concept with English and Vietnamese phrases (the first of each
 * language is the label shown in match reasons). Vietnamese is written with its diacritics; matching
 * folds accents, so text typed without them ("cam bien") finds the same concept. Phrases are chosen
 * so that their folded form does not collide with common words ("thuốc" folds to "thuoc", as does
 * "thuộc", so only longer phrases with it are listed).
 */
const glossary: [concept: string, en: string[], vi: string[]][] = [
  // Water and environment
  ['water_quality', ['water quality', 'dissolved oxygen', 'turbidity', 'water monitoring'], ['chất lượng nước', 'chất lượng nguồn nước', 'oxy hòa tan', 'độ đục', 'quan trắc nước']],
  ['water', ['water', 'freshwater', 'water resources'], ['nước', 'nguồn nước', 'tài nguyên nước']],
  ['wastewater', ['wastewater', 'waste water', 'sewage', 'effluent'], ['nước thải', 'xử lý nước thải']],
  ['drinking_water', ['drinking water', 'potable water', 'clean water', 'water purification'], ['nước sạch', 'nước uống', 'nước sinh hoạt', 'lọc nước']],
  ['water_treatment', ['water treatment', 'membrane filtration', 'reverse osmosis', 'ultrafiltration'], ['xử lý nước', 'màng lọc', 'thẩm thấu ngược', 'siêu lọc']],
  ['flood', ['flood', 'flooding', 'inundation', 'urban flooding'], ['ngập lụt', 'lũ lụt', 'chống ngập', 'ngập úng']],
  ['early_warning', ['early warning', 'disaster warning', 'flood warning'], ['cảnh báo sớm', 'cảnh báo thiên tai', 'cảnh báo lũ']],
  ['salinity', ['salinity', 'saltwater intrusion', 'salinization'], ['độ mặn', 'xâm nhập mặn', 'nhiễm mặn']],
  ['irrigation', ['irrigation', 'drip irrigation', 'sprinkler'], ['tưới tiêu', 'tưới nhỏ giọt', 'thủy lợi', 'tưới nước', 'hệ thống tưới']],
  ['air_quality', ['air quality', 'air pollution', 'fine dust', 'particulate matter'], ['chất lượng không khí', 'ô nhiễm không khí', 'bụi mịn']],
  ['solid_waste', ['solid waste', 'waste management', 'garbage', 'landfill', 'waste sorting'], ['chất thải rắn', 'rác thải', 'quản lý chất thải', 'bãi chôn lấp', 'phân loại rác']],
  ['recycling', ['recycling', 'recycled', 'circular economy', 'upcycling'], ['tái chế', 'kinh tế tuần hoàn', 'tái sử dụng']],
  ['plastic', ['plastic', 'plastic waste', 'bioplastic'], ['nhựa', 'rác thải nhựa', 'nhựa sinh học']],
  ['environmental_monitoring', ['environmental monitoring', 'pollution monitoring', 'environmental sensing'], ['quan trắc môi trường', 'giám sát ô nhiễm', 'giám sát môi trường']],
  ['monitoring', ['monitoring', 'real time monitoring', 'remote monitoring'], ['giám sát', 'quan trắc', 'theo dõi từ xa', 'giám sát từ xa']],
  ['emission', ['emission', 'carbon emission', 'greenhouse gas', 'carbon footprint', 'net zero'], ['phát thải', 'khí nhà kính', 'giảm phát thải', 'dấu chân carbon']],
  ['climate', ['climate change', 'climate adaptation', 'climate resilience'], ['biến đổi khí hậu', 'thích ứng khí hậu', 'ứng phó biến đổi khí hậu']],
  // Sensing, ICT and automation
  ['sensor', ['sensor', 'sensing', 'probe', 'detector'], ['cảm biến', 'đầu dò', 'thiết bị đo']],
  ['iot', ['iot', 'internet of things', 'connected device', 'lorawan', 'nb iot'], ['internet vạn vật', 'vạn vật kết nối', 'thiết bị kết nối']],
  ['wireless', ['wireless', 'wireless network', 'lora', 'zigbee'], ['mạng không dây', 'truyền không dây', 'không dây']],
  ['ai', ['artificial intelligence', 'machine learning', 'deep learning', 'neural network'], ['trí tuệ nhân tạo', 'học máy', 'học sâu', 'mạng nơ ron']],
  ['computer_vision', ['computer vision', 'image recognition', 'object detection', 'image processing', 'video analytics'], ['thị giác máy tính', 'nhận dạng hình ảnh', 'xử lý ảnh', 'nhận diện hình ảnh', 'phân tích video']],
  ['data_platform', ['data platform', 'big data', 'data analytics', 'dashboard', 'open data'], ['nền tảng dữ liệu', 'dữ liệu lớn', 'phân tích dữ liệu', 'dữ liệu mở']],
  ['cloud', ['cloud computing', 'cloud platform', 'saas', 'software as a service'], ['điện toán đám mây', 'nền tảng đám mây', 'phần mềm dịch vụ']],
  ['mobile_app', ['mobile app', 'mobile application', 'smartphone app'], ['ứng dụng di động', 'ứng dụng điện thoại']],
  ['cybersecurity', ['cybersecurity', 'cyber security', 'information security', 'encryption'], ['an ninh mạng', 'an toàn thông tin', 'bảo mật thông tin', 'mã hóa dữ liệu']],
  ['blockchain', ['blockchain', 'distributed ledger', 'smart contract'], ['chuỗi khối', 'hợp đồng thông minh']],
  ['digital_twin', ['digital twin', 'simulation model'], ['bản sao số', 'song sinh số', 'mô hình mô phỏng']],
  ['gis', ['gis', 'geographic information system', 'remote sensing', 'satellite imagery', 'digital map'], ['hệ thống thông tin địa lý', 'bản đồ số', 'viễn thám', 'ảnh vệ tinh']],
  ['drone', ['drone', 'uav', 'unmanned aerial vehicle', 'quadcopter'], ['máy bay không người lái', 'thiết bị bay không người lái', 'flycam']],
  ['robot', ['robot', 'robotics', 'robotic arm', 'cobot'], ['rô bốt', 'người máy', 'cánh tay robot']],
  ['automation', ['automation', 'automated', 'plc', 'scada', 'automatic control'], ['tự động hóa', 'điều khiển tự động', 'tự động']],
  ['embedded', ['embedded system', 'microcontroller', 'firmware'], ['hệ thống nhúng', 'vi điều khiển']],
  ['semiconductor', ['semiconductor', 'microchip', 'integrated circuit', 'chip design'], ['bán dẫn', 'vi mạch', 'thiết kế chip']],
  ['telecom', ['broadband', 'fibre optic', 'fiber optic', 'telecommunication', '5g'], ['băng thông rộng', 'cáp quang', 'viễn thông', 'mạng 5g']],
  ['e_government', ['e government', 'digital government', 'online public service', 'one stop shop'], ['chính phủ điện tử', 'chính quyền số', 'dịch vụ công trực tuyến', 'một cửa điện tử']],
  ['digital_transformation', ['digital transformation', 'digitalisation', 'digitalization', 'digitisation'], ['chuyển đổi số', 'số hóa']],
  // Energy
  ['solar', ['solar', 'solar energy', 'solar power', 'photovoltaic', 'solar panel', 'pv panel'], ['năng lượng mặt trời', 'điện mặt trời', 'pin mặt trời', 'tấm quang điện', 'quang điện']],
  ['wind', ['wind energy', 'wind power', 'wind turbine'], ['điện gió', 'năng lượng gió', 'tua bin gió']],
  ['battery', ['battery', 'batteries', 'lithium ion', 'energy storage', 'battery storage'], ['pin lưu trữ', 'ắc quy', 'lưu trữ năng lượng', 'pin lithium', 'bộ lưu điện']],
  ['energy_efficiency', ['energy efficiency', 'energy saving', 'energy efficient', 'energy audit'], ['tiết kiệm năng lượng', 'hiệu quả năng lượng', 'sử dụng năng lượng hiệu quả', 'kiểm toán năng lượng']],
  ['renewable_energy', ['renewable energy', 'clean energy', 'green energy', 'renewables'], ['năng lượng tái tạo', 'năng lượng sạch', 'năng lượng xanh']],
  ['bioenergy', ['biogas', 'biomass', 'biofuel'], ['khí sinh học', 'sinh khối', 'nhiên liệu sinh học', 'hầm biogas']],
  ['smart_grid', ['smart grid', 'smart meter', 'microgrid', 'power grid'], ['lưới điện thông minh', 'công tơ điện tử', 'lưới điện', 'công tơ thông minh']],
  ['electric_vehicle', ['electric vehicle', 'ev charging', 'electric bus', 'electric motorbike', 'e scooter', 'charging station'], ['xe điện', 'xe máy điện', 'xe buýt điện', 'trạm sạc', 'ô tô điện']],
  ['hydrogen', ['hydrogen', 'fuel cell', 'green hydrogen'], ['khí hydro', 'pin nhiên liệu', 'hydro xanh']],
  ['lighting', ['led lighting', 'street lighting', 'smart lighting', 'street light'], ['chiếu sáng', 'đèn led', 'đèn đường', 'chiếu sáng công cộng']],
  // Transport and the city
  ['traffic', ['traffic', 'traffic management', 'traffic light', 'traffic signal', 'congestion'], ['giao thông', 'đèn giao thông', 'ùn tắc', 'kẹt xe', 'điều khiển giao thông', 'đèn tín hiệu']],
  ['parking', ['parking', 'smart parking', 'car park'], ['bãi đỗ xe', 'đỗ xe', 'bãi giữ xe']],
  ['public_transport', ['public transport', 'public transit', 'bus rapid transit', 'metro', 'bus route'], ['giao thông công cộng', 'xe buýt', 'tàu điện', 'tuyến buýt']],
  ['logistics', ['logistics', 'supply chain', 'warehouse', 'freight', 'last mile delivery', 'fleet management'], ['hậu cần', 'chuỗi cung ứng', 'kho bãi', 'vận tải hàng hóa', 'giao hàng', 'quản lý đội xe']],
  ['smart_city', ['smart city', 'smart cities', 'intelligent community', 'urban management', 'city operations centre'], ['thành phố thông minh', 'đô thị thông minh', 'quản lý đô thị', 'trung tâm điều hành đô thị']],
  ['surveillance', ['surveillance camera', 'cctv', 'video surveillance', 'security camera'], ['camera giám sát', 'camera an ninh', 'giám sát hình ảnh']],
  ['smart_building', ['smart building', 'building management', 'green building', 'building automation'], ['tòa nhà thông minh', 'công trình xanh', 'quản lý tòa nhà', 'nhà thông minh']],
  ['construction_material', ['construction material', 'building material', 'concrete', 'cement', 'unfired brick'], ['vật liệu xây dựng', 'bê tông', 'xi măng', 'gạch không nung']],
  ['industrial_park', ['industrial park', 'industrial zone', 'industrial estate'], ['khu công nghiệp', 'cụm công nghiệp']],
  // Agriculture, aquaculture and food
  ['rice', ['rice', 'paddy', 'rice field', 'rice seed'], ['lúa gạo', 'cây lúa', 'ruộng lúa', 'gạo', 'giống lúa', 'trồng lúa', 'lúa nước']],
  ['aquaculture', ['aquaculture', 'fish farming', 'shrimp farming', 'fish pond', 'shrimp pond', 'fish farm'], ['nuôi trồng thủy sản', 'thủy sản', 'nuôi tôm', 'nuôi cá', 'ao nuôi', 'ao tôm']],
  ['shrimp', ['shrimp', 'prawn', 'whiteleg shrimp'], ['tôm thẻ', 'tôm sú', 'nuôi tôm', 'tôm giống']],
  ['fish', ['pangasius', 'catfish', 'tilapia', 'fish'], ['cá tra', 'cá basa', 'cá rô phi', 'cá giống']],
  ['precision_agriculture', ['precision agriculture', 'smart farming', 'smart agriculture', 'precision farming'], ['nông nghiệp chính xác', 'nông nghiệp thông minh', 'nông nghiệp công nghệ cao']],
  ['agriculture', ['agriculture', 'agricultural', 'farming', 'farmer', 'crop'], ['nông nghiệp', 'nông dân', 'cây trồng', 'canh tác']],
  ['fertilizer', ['fertilizer', 'fertiliser', 'organic fertilizer', 'compost'], ['phân bón', 'phân hữu cơ', 'phân compost', 'phân vi sinh']],
  ['crop_protection', ['pest', 'pesticide', 'plant disease', 'biopesticide', 'crop protection'], ['sâu bệnh', 'thuốc trừ sâu', 'bệnh cây trồng', 'thuốc bảo vệ thực vật', 'phòng trừ sâu bệnh']],
  ['greenhouse', ['greenhouse', 'hydroponics', 'hydroponic', 'vertical farming'], ['nhà kính', 'nhà màng', 'thủy canh']],
  ['livestock', ['livestock', 'poultry', 'pig farming', 'cattle', 'animal feed'], ['chăn nuôi', 'gia cầm', 'gia súc', 'thức ăn chăn nuôi']],
  ['food_processing', ['food processing', 'food technology', 'post harvest', 'food drying', 'freeze drying'], ['chế biến thực phẩm', 'công nghệ thực phẩm', 'sau thu hoạch', 'sấy khô', 'máy sấy', 'sấy lạnh']],
  ['food_safety', ['food safety', 'traceability', 'food traceability', 'food quality'], ['an toàn thực phẩm', 'truy xuất nguồn gốc', 'vệ sinh thực phẩm']],
  ['cold_chain', ['cold chain', 'cold storage', 'refrigeration'], ['chuỗi lạnh', 'kho lạnh', 'bảo quản lạnh']],
  ['fruit', ['fruit', 'durian', 'mango', 'dragon fruit'], ['trái cây', 'sầu riêng', 'xoài', 'thanh long', 'hoa quả']],
  ['coffee', ['coffee', 'coffee bean'], ['cà phê', 'hạt cà phê']],
  ['rubber', ['rubber', 'latex'], ['cao su', 'mủ cao su']],
  ['wood', ['timber', 'furniture', 'wood processing', 'forestry'], ['đồ gỗ', 'chế biến gỗ', 'nội thất', 'lâm nghiệp']],
  // Health and biotechnology
  ['medical_device', ['medical device', 'medical equipment', 'diagnostic device', 'wearable health'], ['thiết bị y tế', 'trang thiết bị y tế', 'dụng cụ y tế']],
  ['telemedicine', ['telemedicine', 'telehealth', 'remote consultation'], ['y tế từ xa', 'khám bệnh từ xa', 'khám chữa bệnh từ xa', 'tư vấn sức khỏe từ xa']],
  ['diagnostics', ['diagnostic', 'diagnostics', 'test kit', 'rapid test'], ['chẩn đoán', 'bộ xét nghiệm', 'xét nghiệm nhanh', 'kit xét nghiệm']],
  ['pharmaceutical', ['pharmaceutical', 'drug development', 'herbal medicine', 'medicinal plant'], ['dược phẩm', 'dược liệu', 'thuốc nam', 'cây thuốc']],
  ['health_records', ['electronic health record', 'health record', 'hospital information system', 'medical record'], ['hồ sơ sức khỏe điện tử', 'bệnh án điện tử', 'quản lý bệnh viện', 'hồ sơ sức khỏe']],
  ['healthcare', ['healthcare', 'health care', 'hospital', 'clinic', 'elderly care'], ['y tế', 'bệnh viện', 'phòng khám', 'chăm sóc sức khỏe', 'chăm sóc người cao tuổi']],
  ['biotechnology', ['biotechnology', 'vaccine', 'enzyme', 'probiotic', 'fermentation', 'microbial'], ['công nghệ sinh học', 'vắc xin', 'men vi sinh', 'lên men', 'chế phẩm sinh học', 'vi sinh vật']],
  // Manufacturing and materials
  ['manufacturing', ['manufacturing', 'factory', 'production line'], ['sản xuất', 'nhà máy', 'dây chuyền sản xuất', 'xưởng sản xuất']],
  ['smart_factory', ['smart factory', 'industry 4 0', 'smart manufacturing', 'mes'], ['nhà máy thông minh', 'công nghiệp 4 0', 'sản xuất thông minh']],
  ['predictive_maintenance', ['predictive maintenance', 'condition monitoring', 'vibration analysis', 'fault diagnosis'], ['bảo trì dự đoán', 'bảo trì tiên đoán', 'giám sát tình trạng thiết bị', 'chẩn đoán lỗi']],
  ['quality_control', ['quality control', 'quality inspection', 'defect detection', 'visual inspection'], ['kiểm soát chất lượng', 'kiểm tra chất lượng', 'phát hiện lỗi', 'phát hiện khuyết tật']],
  ['additive_manufacturing', ['3d printing', 'additive manufacturing', '3d printer'], ['in 3d', 'sản xuất bồi đắp', 'máy in 3d']],
  ['machining', ['cnc', 'machining', 'mould', 'mold', 'precision engineering'], ['gia công cơ khí', 'khuôn mẫu', 'máy cnc', 'cơ khí chính xác']],
  ['nanomaterial', ['nanomaterial', 'nanotechnology', 'graphene', 'nanoparticle'], ['vật liệu nano', 'công nghệ nano', 'hạt nano']],
  ['composite', ['composite', 'composite material', 'fibre reinforced'], ['vật liệu composite', 'vật liệu tổng hợp']],
  ['coating', ['coating', 'anti corrosion', 'corrosion protection', 'paint'], ['lớp phủ', 'chống ăn mòn', 'sơn phủ']],
  ['textile', ['textile', 'garment', 'fabric', 'apparel'], ['dệt may', 'may mặc', 'hàng dệt']],
  ['electronics', ['electronics', 'pcb', 'printed circuit board', 'electronic component'], ['điện tử', 'bo mạch', 'mạch in', 'linh kiện điện tử']],
  ['packaging', ['packaging', 'food packaging'], ['bao bì', 'đóng gói']],
  ['biodegradable', ['biodegradable', 'compostable'], ['phân hủy sinh học', 'tự phân hủy']],
  ['ceramics', ['ceramic', 'ceramics', 'porcelain'], ['gốm sứ', 'đồ gốm']],
  // Education and finance
  ['e_learning', ['e learning', 'online learning', 'distance learning', 'learning platform'], ['học trực tuyến', 'đào tạo trực tuyến', 'giáo dục trực tuyến', 'học từ xa']],
  ['stem_education', ['stem education', 'fablab', 'makerspace', 'maker space'], ['giáo dục stem', 'không gian sáng tạo', 'phòng thí nghiệm chế tạo']],
  ['workforce_training', ['vocational training', 'skills training', 'workforce development', 'upskilling'], ['đào tạo nghề', 'đào tạo kỹ năng', 'phát triển nguồn nhân lực', 'nâng cao kỹ năng']],
  ['fintech', ['fintech', 'digital payment', 'mobile payment', 'e wallet', 'cashless'], ['công nghệ tài chính', 'thanh toán điện tử', 'thanh toán không tiền mặt', 'ví điện tử']],
];

/**
 * Offers and demands keep, from their public text, what search and matching read: the normalised
 * document, its meaningful words, the normalised title and the glossary concepts. Computed once on
 * write, not for every candidate of every match.
 */
const conceptsTrigger = (table: string, body: string) => `
  CREATE FUNCTION ${table}_concepts() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    NEW.document := exchange_document(NEW.title, NEW.${body}, NEW.keywords);
    NEW.words := exchange_words(NEW.document);
    NEW.title_normalized := exchange_normalize(NEW.title);
    NEW.concepts := exchange_concepts(NEW.document);
    RETURN NEW;
  END $$`;

/**
 * The technology exchange: offers and demands with their publication period, expressions of
 * interest, deals carried by brokers with their stage history, and the glossary that lets
 * Vietnamese and English texts meet.
 */
export class Exchange1795593300000 implements MigrationInterface {
  name = 'Exchange1795593300000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Folded text with every run of non-letters and non-digits turned into one space: the form in
    // which glossary phrases, documents and words are compared ("Water-quality" -> "water quality").
    await queryRunner.query(`
      CREATE FUNCTION exchange_normalize(value text) RETURNS text
        LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
        RETURN btrim(regexp_replace(fold_text(value), '[^a-z0-9]+', ' ', 'g'))
    `);
    // The public text of an offer (title, summary, keywords) or demand (title, description, keywords).
    await queryRunner.query(`
      CREATE FUNCTION exchange_document(title text, body text, keywords text[]) RETURNS text
        LANGUAGE sql IMMUTABLE PARALLEL SAFE
        RETURN exchange_normalize(title || ' ' || coalesce(body, '') || ' ' || array_to_string(keywords, ' '))
    `);
    // Words that carry meaning: at least three letters, not a common English or Vietnamese word.
    await queryRunner.query(`
      CREATE FUNCTION exchange_words(document text) RETURNS text[]
        LANGUAGE sql IMMUTABLE PARALLEL SAFE
        RETURN ARRAY(
          SELECT DISTINCT word FROM regexp_split_to_table(coalesce(document, ''), ' ') AS word
           WHERE length(word) >= 3
             AND word <> ALL (ARRAY['the', 'and', 'for', 'with', 'from', 'that', 'this', 'are', 'our', 'your', 'can', 'use', 'using',
                                    'into', 'its', 'their', 'has', 'have', 'will', 'all', 'any', 'new', 'based', 'system', 'systems',
                                    'technology', 'solution', 'need', 'needs', 'seek', 'seeking', 'looking', 'low', 'high', 'cost',
                                    'cho', 'cua', 'va', 'cac', 'nhung', 'trong', 'voi', 'mot', 'duoc', 'tai', 'nay', 'khi', 'theo',
                                    'can', 'tim', 'kiem', 'giai', 'phap', 'cong', 'nghe', 'thong', 'he', 'dung', 'ung', 'nhu', 'cau',
                                    'viec', 'nhieu', 'hon', 'rat', 'cung', 'cap', 'gia', 're', 'thap', 'cao', 'moi', 'sau'])
           ORDER BY word)
    `);

    await queryRunner.query(`
      CREATE TABLE exchange_term (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        concept text NOT NULL,
        language text NOT NULL,
        phrase text NOT NULL,
        folded text NOT NULL,
        preferred boolean NOT NULL DEFAULT false,
        CONSTRAINT exchange_term_concept_format CHECK (concept ~ '^[a-z0-9_]{2,60}$'),
        CONSTRAINT exchange_term_language_known CHECK (language IN ('vi', 'en')),
        CONSTRAINT exchange_term_folded CHECK (folded = exchange_normalize(phrase) AND length(folded) >= 2)
      )
    `);
    await queryRunner.query(`CREATE UNIQUE INDEX exchange_term_concept_phrase_key ON exchange_term (concept, folded)`);
    await queryRunner.query(`CREATE UNIQUE INDEX exchange_term_preferred_key ON exchange_term (concept, language) WHERE preferred`);
    const rows = glossary.flatMap(([concept, en, vi]) => [
      ...en.map((phrase, index) => [concept, 'en', phrase, index === 0] as const),
      ...vi.map((phrase, index) => [concept, 'vi', phrase, index === 0] as const),
    ]);
    await queryRunner.query(
      `INSERT INTO exchange_term (concept, language, phrase, folded, preferred)
       SELECT concept, language, phrase, exchange_normalize(phrase), preferred
         FROM unnest($1::text[], $2::text[], $3::text[], $4::boolean[]) AS t(concept, language, phrase, preferred)`,
      [rows.map((row) => row[0]), rows.map((row) => row[1]), rows.map((row) => row[2]), rows.map((row) => row[3])],
    );
    // The concepts whose phrases occur in a document as whole words; an English phrase may take a
    // plural ending ("sensors" is the concept of "sensor"). STABLE: it reads the glossary.
    await queryRunner.query(`
      CREATE FUNCTION exchange_concepts(document text) RETURNS text[]
        LANGUAGE sql STABLE PARALLEL SAFE
        RETURN ARRAY(
          SELECT DISTINCT t.concept FROM exchange_term t
           CROSS JOIN (SELECT ' ' || coalesce(document, '') || ' ' AS padded) d
           -- Documents and phrases hold only [a-z0-9 ], so LIKE needs no escaping; it is far cheaper
           -- than compiling a regular expression per phrase. English phrases also match their plurals.
           WHERE d.padded LIKE '% ' || t.folded || ' %'
              OR (t.language = 'en' AND (d.padded LIKE '% ' || t.folded || 's %' OR d.padded LIKE '% ' || t.folded || 'es %'))
           ORDER BY t.concept)
    `);

    const sectorsKnown = (table: string) => `CONSTRAINT ${table}_sectors_known CHECK (sectors <@ ARRAY[${sectorList}]::text[])`;
    const publication = (table: string) => `
        status text NOT NULL DEFAULT 'DRAFT',
        published_on date,
        expires_on date,
        concepts text[] NOT NULL DEFAULT '{}',
        document text NOT NULL DEFAULT '',
        words text[] NOT NULL DEFAULT '{}',
        title_normalized text NOT NULL DEFAULT '',
        created_by uuid NOT NULL,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        CONSTRAINT ${table}_organization_fk FOREIGN KEY (organization_id) REFERENCES organization (id),
        CONSTRAINT ${table}_created_by_fk FOREIGN KEY (created_by) REFERENCES user_account (id),
        CONSTRAINT ${table}_title_present CHECK (length(btrim(title)) > 0 AND length(title) <= 300),
        CONSTRAINT ${table}_language_known CHECK (language IN ('vi', 'en')),
        CONSTRAINT ${table}_status_known CHECK (status IN ('DRAFT', 'PUBLISHED', 'EXPIRED', 'WITHDRAWN')),
        CONSTRAINT ${table}_published_dated CHECK (status IN ('DRAFT', 'WITHDRAWN') OR (published_on IS NOT NULL AND expires_on IS NOT NULL)),
        CONSTRAINT ${table}_period_ordered CHECK (expires_on IS NULL OR published_on IS NULL OR expires_on >= published_on),
        ${sectorsKnown(table)},
        CONSTRAINT ${table}_version_positive CHECK (version > 0)`;
    const publicationIndexes = async (table: string) => {
      await queryRunner.query(`CREATE INDEX ${table}_created_at_id_idx ON ${table} (created_at, id)`);
      await queryRunner.query(`CREATE INDEX ${table}_organization_idx ON ${table} (organization_id, created_at)`);
      await queryRunner.query(`CREATE INDEX ${table}_status_expires_idx ON ${table} (status, expires_on)`);
      await queryRunner.query(`CREATE INDEX ${table}_sectors_idx ON ${table} USING gin (sectors)`);
      await queryRunner.query(`CREATE INDEX ${table}_concepts_idx ON ${table} USING gin (concepts)`);
      await queryRunner.query(`CREATE INDEX ${table}_search_idx ON ${table} USING gin (document gin_trgm_ops)`);
      await queryRunner.query(`CREATE INDEX ${table}_text_idx ON ${table} USING gin (to_tsvector('simple', document))`);
    };

    await queryRunner.query(`
      CREATE TABLE technology_offer (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL,
        technology_id uuid NOT NULL,
        kind text NOT NULL,
        title text NOT NULL,
        summary text NOT NULL,
        details text,
        trl smallint NOT NULL,
        sectors text[] NOT NULL DEFAULT '{}',
        keywords text[] NOT NULL DEFAULT '{}',
        language text NOT NULL,
        price_amount numeric(20, 2),
        price_currency char(3),
        price_note text,
        ${publication('technology_offer')},
        CONSTRAINT technology_offer_technology_fk FOREIGN KEY (technology_id) REFERENCES technology (id),
        CONSTRAINT technology_offer_kind_known CHECK (kind IN ('LICENCE', 'TRANSFER', 'COOPERATION')),
        CONSTRAINT technology_offer_summary_present CHECK (length(btrim(summary)) > 0 AND length(summary) <= 2000),
        CONSTRAINT technology_offer_trl_range CHECK (trl BETWEEN 1 AND 9),
        CONSTRAINT technology_offer_price_complete CHECK ((price_amount IS NULL) = (price_currency IS NULL)),
        CONSTRAINT technology_offer_price_not_negative CHECK (price_amount IS NULL OR price_amount >= 0),
        CONSTRAINT technology_offer_price_currency_code CHECK (price_currency IS NULL OR price_currency ~ '^[A-Z]{3}$')
      )
    `);
    await publicationIndexes('technology_offer');
    await queryRunner.query(`CREATE INDEX technology_offer_technology_idx ON technology_offer (technology_id)`);
    await queryRunner.query(`CREATE INDEX technology_offer_trl_idx ON technology_offer (trl)`);

    await queryRunner.query(`
      CREATE TABLE technology_demand (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL,
        title text NOT NULL,
        description text NOT NULL,
        sectors text[] NOT NULL DEFAULT '{}',
        keywords text[] NOT NULL DEFAULT '{}',
        language text NOT NULL,
        min_trl smallint,
        budget_min numeric(20, 2),
        budget_max numeric(20, 2),
        budget_currency char(3),
        ${publication('technology_demand')},
        CONSTRAINT technology_demand_description_present CHECK (length(btrim(description)) > 0 AND length(description) <= 5000),
        CONSTRAINT technology_demand_min_trl_range CHECK (min_trl IS NULL OR min_trl BETWEEN 1 AND 9),
        CONSTRAINT technology_demand_budget_currency CHECK ((budget_currency IS NULL) = (budget_min IS NULL AND budget_max IS NULL) AND (budget_currency IS NULL OR budget_currency ~ '^[A-Z]{3}$')),
        CONSTRAINT technology_demand_budget_range CHECK (budget_min IS NULL OR budget_max IS NULL OR budget_min <= budget_max),
        CONSTRAINT technology_demand_budget_not_negative CHECK ((budget_min IS NULL OR budget_min >= 0) AND (budget_max IS NULL OR budget_max >= 0))
      )
    `);
    await publicationIndexes('technology_demand');
    await queryRunner.query(`CREATE INDEX technology_demand_min_trl_idx ON technology_demand (min_trl)`);

    await queryRunner.query(conceptsTrigger('technology_offer', 'summary'));
    await queryRunner.query(conceptsTrigger('technology_demand', 'description'));
    await queryRunner.query(`CREATE TRIGGER technology_offer_concepts BEFORE INSERT OR UPDATE OF title, summary, keywords, concepts, document, words, title_normalized ON technology_offer FOR EACH ROW EXECUTE FUNCTION technology_offer_concepts()`);
    await queryRunner.query(`CREATE TRIGGER technology_demand_concepts BEFORE INSERT OR UPDATE OF title, description, keywords, concepts, document, words, title_normalized ON technology_demand FOR EACH ROW EXECUTE FUNCTION technology_demand_concepts()`);

    await queryRunner.query(`
      CREATE TABLE exchange_interest (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL,
        offer_id uuid,
        demand_id uuid,
        message text NOT NULL,
        status text NOT NULL DEFAULT 'OPEN',
        created_by uuid NOT NULL,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        withdrawn_at timestamptz(3),
        CONSTRAINT exchange_interest_organization_fk FOREIGN KEY (organization_id) REFERENCES organization (id),
        CONSTRAINT exchange_interest_offer_fk FOREIGN KEY (offer_id) REFERENCES technology_offer (id),
        CONSTRAINT exchange_interest_demand_fk FOREIGN KEY (demand_id) REFERENCES technology_demand (id),
        CONSTRAINT exchange_interest_created_by_fk FOREIGN KEY (created_by) REFERENCES user_account (id),
        CONSTRAINT exchange_interest_one_item CHECK ((offer_id IS NULL) <> (demand_id IS NULL)),
        CONSTRAINT exchange_interest_status_known CHECK (status IN ('OPEN', 'WITHDRAWN')),
        CONSTRAINT exchange_interest_withdrawn_dated CHECK ((status = 'WITHDRAWN') = (withdrawn_at IS NOT NULL)),
        CONSTRAINT exchange_interest_message_present CHECK (length(btrim(message)) > 0 AND length(message) <= 4000)
      )
    `);
    await queryRunner.query(`CREATE UNIQUE INDEX exchange_interest_open_offer_key ON exchange_interest (organization_id, offer_id) WHERE status = 'OPEN' AND offer_id IS NOT NULL`);
    await queryRunner.query(`CREATE UNIQUE INDEX exchange_interest_open_demand_key ON exchange_interest (organization_id, demand_id) WHERE status = 'OPEN' AND demand_id IS NOT NULL`);
    await queryRunner.query(`CREATE INDEX exchange_interest_created_at_id_idx ON exchange_interest (created_at, id)`);
    await queryRunner.query(`CREATE INDEX exchange_interest_organization_idx ON exchange_interest (organization_id, created_at)`);
    await queryRunner.query(`CREATE INDEX exchange_interest_offer_idx ON exchange_interest (offer_id, created_at) WHERE offer_id IS NOT NULL`);
    await queryRunner.query(`CREATE INDEX exchange_interest_demand_idx ON exchange_interest (demand_id, created_at) WHERE demand_id IS NOT NULL`);

    await queryRunner.query(`
      CREATE TABLE deal (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        broker_organization_id uuid NOT NULL,
        provider_organization_id uuid NOT NULL,
        seeker_organization_id uuid NOT NULL,
        offer_id uuid NOT NULL,
        demand_id uuid,
        interest_id uuid,
        stage text NOT NULL DEFAULT 'INTEREST',
        agreement_id uuid,
        created_by uuid NOT NULL,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        CONSTRAINT deal_broker_fk FOREIGN KEY (broker_organization_id) REFERENCES organization (id),
        CONSTRAINT deal_provider_fk FOREIGN KEY (provider_organization_id) REFERENCES organization (id),
        CONSTRAINT deal_seeker_fk FOREIGN KEY (seeker_organization_id) REFERENCES organization (id),
        CONSTRAINT deal_offer_fk FOREIGN KEY (offer_id) REFERENCES technology_offer (id),
        CONSTRAINT deal_demand_fk FOREIGN KEY (demand_id) REFERENCES technology_demand (id),
        CONSTRAINT deal_interest_fk FOREIGN KEY (interest_id) REFERENCES exchange_interest (id),
        CONSTRAINT deal_agreement_fk FOREIGN KEY (agreement_id) REFERENCES agreement (id),
        CONSTRAINT deal_created_by_fk FOREIGN KEY (created_by) REFERENCES user_account (id),
        CONSTRAINT deal_stage_known CHECK (stage IN ('INTEREST', 'INTRODUCED', 'NDA_SIGNED', 'NEGOTIATING', 'AGREED', 'DROPPED')),
        CONSTRAINT deal_agreement_when_agreed CHECK ((stage = 'AGREED') = (agreement_id IS NOT NULL)),
        CONSTRAINT deal_parties_distinct CHECK (provider_organization_id <> seeker_organization_id),
        CONSTRAINT deal_version_positive CHECK (version > 0)
      )
    `);
    await queryRunner.query(`CREATE INDEX deal_created_at_id_idx ON deal (created_at, id)`);
    await queryRunner.query(`CREATE INDEX deal_broker_idx ON deal (broker_organization_id, created_at)`);
    await queryRunner.query(`CREATE INDEX deal_provider_idx ON deal (provider_organization_id, created_at)`);
    await queryRunner.query(`CREATE INDEX deal_seeker_idx ON deal (seeker_organization_id, created_at)`);
    await queryRunner.query(`CREATE INDEX deal_offer_idx ON deal (offer_id)`);
    await queryRunner.query(`CREATE INDEX deal_demand_idx ON deal (demand_id) WHERE demand_id IS NOT NULL`);
    await queryRunner.query(`CREATE INDEX deal_interest_idx ON deal (interest_id) WHERE interest_id IS NOT NULL`);
    await queryRunner.query(`CREATE INDEX deal_agreement_idx ON deal (agreement_id) WHERE agreement_id IS NOT NULL`);
    await queryRunner.query(`CREATE INDEX deal_stage_idx ON deal (stage)`);
    // The parties follow from what the deal is about, and an agreed deal names the agreement it
    // produced: between its provider (a licensor) and its seeker (the licensee), on the offered technology.
    await queryRunner.query(`
      CREATE FUNCTION deal_consistent() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NOT EXISTS (SELECT 1 FROM organization WHERE id = NEW.broker_organization_id AND kind = 'INTERMEDIARY') THEN
          RAISE EXCEPTION 'the broker of deal % is not an intermediary', NEW.id USING ERRCODE = 'check_violation', CONSTRAINT = 'deal_broker_intermediary';
        END IF;
        IF NOT EXISTS (SELECT 1 FROM technology_offer WHERE id = NEW.offer_id AND organization_id = NEW.provider_organization_id) THEN
          RAISE EXCEPTION 'the provider of deal % does not make its offer', NEW.id USING ERRCODE = 'check_violation', CONSTRAINT = 'deal_provider_offers';
        END IF;
        IF NEW.demand_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM technology_demand WHERE id = NEW.demand_id AND organization_id = NEW.seeker_organization_id) THEN
          RAISE EXCEPTION 'the seeker of deal % does not make its demand', NEW.id USING ERRCODE = 'check_violation', CONSTRAINT = 'deal_seeker_demands';
        END IF;
        IF NEW.interest_id IS NOT NULL AND NOT EXISTS (
          SELECT 1 FROM exchange_interest i WHERE i.id = NEW.interest_id
             AND ((i.offer_id = NEW.offer_id AND i.organization_id = NEW.seeker_organization_id)
               OR (i.demand_id = NEW.demand_id AND i.organization_id = NEW.provider_organization_id))) THEN
          RAISE EXCEPTION 'the interest of deal % is not between its parties', NEW.id USING ERRCODE = 'check_violation', CONSTRAINT = 'deal_interest_parties';
        END IF;
        IF NEW.agreement_id IS NOT NULL AND NOT EXISTS (
          SELECT 1 FROM agreement a
            JOIN agreement_licensor l ON l.agreement_id = a.id AND l.organization_id = NEW.provider_organization_id
            JOIN agreement_technology t ON t.agreement_id = a.id
            JOIN technology_offer o ON o.id = NEW.offer_id AND o.technology_id = t.technology_id
           WHERE a.id = NEW.agreement_id AND a.licensee_organization_id = NEW.seeker_organization_id AND a.executed_on IS NOT NULL) THEN
          RAISE EXCEPTION 'agreement % is not a signed agreement between the parties of deal % on its technology', NEW.agreement_id, NEW.id USING ERRCODE = 'check_violation', CONSTRAINT = 'deal_agreement_parties';
        END IF;
        RETURN NEW;
      END $$
    `);
    await queryRunner.query(`CREATE TRIGGER deal_consistent BEFORE INSERT OR UPDATE ON deal FOR EACH ROW EXECUTE FUNCTION deal_consistent()`);

    await queryRunner.query(`
      CREATE TABLE deal_stage_change (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        deal_id uuid NOT NULL,
        from_stage text,
        to_stage text NOT NULL,
        changed_at timestamptz(3) NOT NULL DEFAULT clock_timestamp(),
        changed_by uuid,
        note text,
        CONSTRAINT deal_stage_change_deal_fk FOREIGN KEY (deal_id) REFERENCES deal (id) ON DELETE CASCADE,
        CONSTRAINT deal_stage_change_changed_by_fk FOREIGN KEY (changed_by) REFERENCES user_account (id),
        CONSTRAINT deal_stage_change_stages_known CHECK (to_stage IN ('INTEREST', 'INTRODUCED', 'NDA_SIGNED', 'NEGOTIATING', 'AGREED', 'DROPPED')
          AND (from_stage IS NULL OR from_stage IN ('INTEREST', 'INTRODUCED', 'NDA_SIGNED', 'NEGOTIATING'))),
        CONSTRAINT deal_stage_change_note_length CHECK (note IS NULL OR length(note) <= 2000)
      )
    `);
    await queryRunner.query(`CREATE INDEX deal_stage_change_deal_idx ON deal_stage_change (deal_id, changed_at)`);
    await queryRunner.query(`
      CREATE FUNCTION deal_stage_change_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'the stage history of deals is append-only' USING ERRCODE = 'insufficient_privilege';
      END $$
    `);
    await queryRunner.query(`CREATE TRIGGER deal_stage_change_no_change BEFORE UPDATE OR DELETE ON deal_stage_change FOR EACH ROW WHEN (pg_trigger_depth() = 0) EXECUTE FUNCTION deal_stage_change_append_only()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE deal_stage_change`);
    await queryRunner.query(`DROP FUNCTION deal_stage_change_append_only()`);
    await queryRunner.query(`DROP TABLE deal`);
    await queryRunner.query(`DROP FUNCTION deal_consistent()`);
    await queryRunner.query(`DROP TABLE exchange_interest`);
    await queryRunner.query(`DROP TABLE technology_demand`);
    await queryRunner.query(`DROP TABLE technology_offer`);
    await queryRunner.query(`DROP FUNCTION technology_demand_concepts()`);
    await queryRunner.query(`DROP FUNCTION technology_offer_concepts()`);
    await queryRunner.query(`DROP FUNCTION exchange_concepts(text)`);
    await queryRunner.query(`DROP TABLE exchange_term`);
    await queryRunner.query(`DROP FUNCTION exchange_words(text)`);
    await queryRunner.query(`DROP FUNCTION exchange_document(text, text, text[])`);
    await queryRunner.query(`DROP FUNCTION exchange_normalize(text)`);
  }
}
