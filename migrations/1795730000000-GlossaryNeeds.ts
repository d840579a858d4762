import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * More of the bilingual glossary, in the format of the Exchange migration: each concept with
 * English and Vietnamese phrases. A concept new here gets its first phrase of each language as its
 * label; phrases of an existing concept extend it. Vietnamese is written with diacritics; matching
 * folds them. A phrase matches any text, whatever its language ("chatbot" finds Vietnamese texts too).
 *
 * The additions name needs rather than fields: what a buyer asks for (root rot, ransomware, route
 * optimisation, manure) so that a demand meets the offer that solves it, not merely one of the same
 * field.
 */
const added: [concept: string, en: string[], vi: string[]][] = [
  // New concepts
  ['chatbot', ['chatbot', 'virtual assistant', 'conversational ai', 'natural language processing', 'speech recognition'], ['trợ lý ảo', 'xử lý ngôn ngữ tự nhiên', 'nhận dạng giọng nói', 'hỏi đáp tự động']],
  ['livestock_waste', ['manure', 'livestock waste', 'animal waste', 'farm waste'], ['chất thải chăn nuôi', 'phân chuồng', 'phân heo', 'phân lợn', 'phân gà']],
  ['warehouse', ['warehouse', 'warehouse management', 'inventory management', 'stock count', 'rfid'], ['kho hàng', 'quản lý kho', 'kho bãi', 'tồn kho']],
  ['fleet_management', ['fleet management', 'route optimisation', 'route optimization', 'route planning', 'vehicle tracking', 'gps tracking', 'last mile delivery'], ['quản lý đội xe', 'tối ưu tuyến', 'lập tuyến', 'định vị gps', 'giao hàng chặng cuối', 'theo dõi vị trí xe']],
  ['animal_feed', ['animal feed', 'feed additive', 'feed enzyme', 'shrimp feed', 'fish feed', 'poultry feed'], ['thức ăn chăn nuôi', 'thức ăn thủy sản', 'phụ gia thức ăn', 'thức ăn cho tôm', 'bổ sung thức ăn']],
  ['animal_disease', ['shrimp disease', 'white spot', 'early mortality syndrome', 'animal disease', 'fish disease'], ['bệnh tôm', 'bệnh đốm trắng', 'hoại tử gan tụy', 'dịch bệnh thủy sản', 'bệnh trên tôm']],
  ['plant_extract', ['plant extract', 'herbal extract', 'turmeric', 'curcumin', 'essential oil'], ['chiết xuất dược liệu', 'chiết xuất thảo dược', 'củ nghệ', 'tinh dầu', 'cao dược liệu']],
  ['functional_food', ['functional food', 'dietary supplement', 'nutraceutical', 'food ingredient', 'natural colorant'], ['thực phẩm chức năng', 'thực phẩm bảo vệ sức khỏe', 'phụ gia thực phẩm', 'màu thực phẩm tự nhiên']],
  // Existing concepts, more phrases
  ['crop_protection', ['root rot', 'fungal disease', 'biological control', 'biocontrol', 'fungicide'], ['thối rễ', 'nấm bệnh', 'thuốc trừ nấm', 'phòng trừ bệnh', 'xì mủ']],
  ['cybersecurity', ['ransomware', 'malware', 'cyber attack', 'security operations centre', 'incident response'], ['mã độc', 'tấn công mạng', 'ứng cứu sự cố']],
  ['livestock', ['pig', 'swine', 'pig farm', 'poultry farm'], ['nuôi heo', 'nuôi lợn', 'trang trại heo', 'trang trại chăn nuôi']],
  ['bioenergy', ['anaerobic digestion', 'biogas digester'], ['ủ kỵ khí', 'hầm ủ biogas']],
  ['energy_efficiency', ['electricity cost', 'electricity bill', 'power bill', 'energy cost', 'energy consumption'], ['tiết kiệm điện', 'tiền điện', 'chi phí điện', 'tiêu thụ điện']],
  ['quality_control', ['optical inspection', 'automated optical inspection', 'solder defect', 'inspection camera'], ['kiểm tra ngoại quan', 'lỗi sản phẩm', 'kiểm tra lỗi']],
  ['predictive_maintenance', ['machine failure', 'equipment failure', 'breakdown', 'vibration monitoring'], ['hỏng hóc', 'dự báo hỏng hóc', 'sự cố máy', 'rung động']],
  ['water_treatment', ['desalination', 'water filter'], ['khử mặn', 'máy lọc nước', 'lọc nước biển']],
  ['drinking_water', ['safe water', 'water supply'], ['cấp nước', 'nước uống được']],
  ['flood', ['heavy rain', 'rainfall', 'water level'], ['mưa lớn', 'lượng mưa', 'mực nước', 'ngập']],
  ['environmental_monitoring', ['effluent monitoring', 'automatic monitoring station', 'discharge monitoring', 'continuous emission monitoring'], ['quan trắc tự động', 'quan trắc nước thải', 'trạm quan trắc']],
  ['e_learning', ['online course', 'mobile learning'], ['khóa học trực tuyến', 'học trên điện thoại']],
  ['workforce_training', ['digital skills', 'worker training', 'occupational safety training'], ['kỹ năng số', 'đào tạo công nhân', 'an toàn lao động']],
  ['packaging', ['plastic bag', 'food container', 'foam box'], ['túi nilon', 'túi ni lông', 'hộp xốp']],
  ['biodegradable', ['cassava starch', 'starch based'], ['tinh bột sắn']],
  ['coating', ['corrosion', 'rust', 'protective coating'], ['ăn mòn', 'gỉ sét', 'sơn chống gỉ']],
  ['construction_material', ['fly ash', 'slag', 'brick'], ['tro bay', 'tro xỉ', 'xỉ lò', 'gạch']],
  ['food_processing', ['dryer', 'heat pump dryer', 'dried fruit'], ['sấy trái cây', 'sấy nông sản']],
  ['traffic', ['intersection', 'rush hour', 'signal timing'], ['giao lộ', 'nút giao', 'giờ cao điểm']],
  ['parking', ['parking space', 'parking lot'], ['chỗ đỗ', 'chỗ đậu xe', 'đậu xe']],
  ['e_government', ['public service', 'citizen service', 'administrative procedure'], ['dịch vụ công', 'thủ tục hành chính', 'hành chính công']],
  ['telemedicine', ['video consultation', 'teleconsultation', 'remote consultations'], ['hội chẩn từ xa', 'tư vấn từ xa']],
  ['diagnostics', ['pcr', 'pathogen detection', 'disease detection'], ['phát hiện bệnh', 'xét nghiệm pcr', 'phát hiện virus']],
  ['irrigation', ['soil moisture', 'watering'], ['độ ẩm đất', 'tưới tự động']],
  ['lighting', ['public lighting', 'dimming', 'led street light'], ['đèn đường led', 'đèn chiếu sáng']],
  ['robot', ['palletising', 'palletizing', 'pick and place'], ['xếp pallet', 'gắp thả']],
  ['fintech', ['e payment', 'online payment'], ['thanh toán trực tuyến']],
];

/**
 * Phrases that named a field too broadly, moved or removed: a warehouse, a fleet and last-mile
 * delivery are needs of their own (`warehouse`, `fleet_management`), no longer only `logistics`;
 * "tự động" ("automatic") alone says nothing of automation ("tự động hóa", "điều khiển tự động" stay).
 */
const removed: [concept: string, language: 'en' | 'vi', phrase: string][] = [
  ['logistics', 'en', 'warehouse'],
  ['logistics', 'en', 'fleet management'],
  ['logistics', 'en', 'last mile delivery'],
  ['logistics', 'vi', 'kho bãi'],
  ['logistics', 'vi', 'quản lý đội xe'],
  ['automation', 'vi', 'tự động'],
];

/** Every offer and demand annotated again (the write trigger recomputes `concepts` from the glossary). */
const annotateAgain = async (queryRunner: QueryRunner) => {
  await queryRunner.query(`UPDATE technology_offer SET concepts = exchange_concepts(document)`);
  await queryRunner.query(`UPDATE technology_demand SET concepts = exchange_concepts(document)`);
};

export class GlossaryNeeds1795730000000 implements MigrationInterface {
  name = 'GlossaryNeeds1795730000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const [concept, language, phrase] of removed) {
      await queryRunner.query(`DELETE FROM exchange_term WHERE concept = $1 AND language = $2 AND phrase = $3 AND NOT preferred`, [concept, language, phrase]);
    }
    const rows = added.flatMap(([concept, en, vi]) => [
      ...en.map((phrase, index) => [concept, 'en', phrase, index === 0] as const),
      ...vi.map((phrase, index) => [concept, 'vi', phrase, index === 0] as const),
    ]);
    // A phrase is the label only of a concept that has none in its language yet.
    await queryRunner.query(
      `INSERT INTO exchange_term (concept, language, phrase, folded, preferred)
       SELECT t.concept, t.language, t.phrase, exchange_normalize(t.phrase),
              t.first AND NOT EXISTS (SELECT 1 FROM exchange_term p WHERE p.concept = t.concept AND p.language = t.language AND p.preferred)
         FROM unnest($1::text[], $2::text[], $3::text[], $4::boolean[]) AS t(concept, language, phrase, first)
       ON CONFLICT (concept, folded) DO NOTHING`,
      [rows.map((row) => row[0]), rows.map((row) => row[1]), rows.map((row) => row[2]), rows.map((row) => row[3])],
    );
    await annotateAgain(queryRunner);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const rows = added.flatMap(([concept, en, vi]) => [...en, ...vi].map((phrase) => [concept, phrase]));
    await queryRunner.query(
      `DELETE FROM exchange_term t USING unnest($1::text[], $2::text[]) AS a(concept, phrase) WHERE t.concept = a.concept AND t.phrase = a.phrase`,
      [rows.map((row) => row[0]), rows.map((row) => row[1])],
    );
    await queryRunner.query(
      `INSERT INTO exchange_term (concept, language, phrase, folded)
       SELECT concept, language, phrase, exchange_normalize(phrase) FROM unnest($1::text[], $2::text[], $3::text[]) AS r(concept, language, phrase)
       ON CONFLICT (concept, folded) DO NOTHING`,
      [removed.map((row) => row[0]), removed.map((row) => row[1]), removed.map((row) => row[2])],
    );
    await annotateAgain(queryRunner);
  }
}
