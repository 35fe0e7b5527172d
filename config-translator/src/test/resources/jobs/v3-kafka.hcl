// v3-kafka.json as a dtle 3.x/4.x HCL job file.
job "orders-to-kafka" {
  group "src" {
    task "src" {
      driver = "dtle"
      config {
        ReplicateDoDb = [{ TableSchema = "shop", Tables = [{ TableName = "orders" }] }]
        AutoGtid = true
        SrcConnectionConfig = {
          Host = "10.0.0.1"
          Port = 3306
          User = "repl"
          Password = "srcpw"
        }
        KafkaConfig = {
          Brokers = ["kafka-1:9092", "kafka-2:9092"]
          Topic = "shop-changes"
          TopicWithSchemaTable = false
          SchemaChangeTopic = "shop-ddl"
          Converter = "json"
          MessageGroupMaxSize = 65536
          MessageGroupTimeout = 50
        }
      }
    }
  }
  group "dest" {
    task "dest" {
      driver = "dtle"
      config {
        DestType = "kafka"
      }
    }
  }
}
